import type { ButtonHTMLAttributes } from 'react'

// Every button shares one focus ring (red on light surfaces, white on dark ones), so keyboard focus always shows.

/** The one keyboard focus ring; `onDark` for buttons on the dark header or toast */
export const focusRing = (onDark = false) =>
  `focus-visible:outline-2 focus-visible:outline-offset-2 ${onDark ? 'focus-visible:outline-white' : 'focus-visible:outline-red-700'}`

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'onDark'
export type ButtonSize = 'xs' | 'sm' | 'md' | 'lg'

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-red-700 font-medium text-white hover:bg-red-800',
  secondary: 'border border-slate-300 bg-white text-slate-700 hover:bg-slate-50',
  quiet: 'text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100',
  onDark: 'bg-white/10 font-medium text-white ring-1 ring-white/40 hover:bg-white/20',
}
const sizes: Record<ButtonSize, string> = {
  xs: 'px-2 py-0.5 text-xs',
  sm: 'px-3 py-1 text-sm',
  md: 'px-4 py-1.5 text-sm',
  lg: 'px-4 py-2',
}

export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'sm', extra = '') {
  return `rounded-md disabled:cursor-not-allowed disabled:opacity-40 ${variants[variant]} ${sizes[size]} ${focusRing(variant === 'onDark')} ${extra}`.trim()
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }

/** A button (type="button" unless told otherwise) in one of the kit's looks */
export function Button({ variant, size, className = '', type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />
}
