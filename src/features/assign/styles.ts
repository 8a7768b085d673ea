import { buttonClass } from '@/components/ui/button'

// Shared class names of the 任务分解 tab, so its forms look like the rest of the app (buttons from the UI kit).
export const input =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700'
export const button = buttonClass('secondary', 'md')
export const primary = buttonClass('primary', 'md')
export const small = buttonClass('secondary', 'xs')
export const label = 'flex flex-col gap-1 text-sm font-medium text-slate-700'
export const errorText = 'text-sm text-red-800'
