import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react'
import { errorText, input, label as labelClass, small } from './styles'

// The 任务分解 forms' repeated pieces: a labelled text box or choice, a bare choice, the × on a listed thing and
// the message that says why something was not added.

type Option = { value: string | number; label: string }
type TextProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string
  onChange: (value: string) => void
}
type ChoiceProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string | number
  options: readonly Option[]
  /** The first, empty choice ("" as its value), e.g. （无） */
  empty?: string
  onChange: (value: string) => void
}

/** Names that are their own labels (units, leaders) as options */
export const asOptions = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }))
const withClass = (className: string | undefined) => (className ? `${input} ${className}` : input)

export function Choice({ options, empty, onChange, className, ...rest }: ChoiceProps) {
  return (
    <select
      {...rest}
      className={withClass(className)}
      onChange={(e) => {
        onChange(e.currentTarget.value)
      }}
    >
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}

export function LabelledChoice({ label, ...choice }: ChoiceProps & { label: string }) {
  return (
    <label className={labelClass}>
      {label}
      <Choice {...choice} />
    </label>
  )
}

export function TextBox({ onChange, className, ...rest }: TextProps) {
  return (
    <input
      {...rest}
      className={withClass(className)}
      onChange={(e) => {
        onChange(e.currentTarget.value)
      }}
    />
  )
}

export function LabelledText({ label, ...text }: TextProps & { label: string }) {
  return (
    <label className={labelClass}>
      {label}
      <TextBox {...text} />
    </label>
  )
}

/** A label above its control, tied by id, with room for a hint below the control */
export function FieldCell({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className={labelClass}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  )
}

/** × beside a listed node, sub-item or leader; its name says what it removes */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className={small} aria-label={label} onClick={onClick}>
      ×
    </button>
  )
}

export function Problem({ text, inline }: { text: string | undefined; inline?: boolean }) {
  if (!text) return null
  const Tag = inline ? 'span' : 'p'
  return (
    <Tag role="alert" className={errorText}>
      {text}
    </Tag>
  )
}
