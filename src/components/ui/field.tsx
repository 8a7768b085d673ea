import type { ReactNode } from 'react'

// A labelled control with its hint and its error, wired for screen readers: label → control → hint → error.

export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

export const controlClass = (error?: string) =>
  // A disabled control (a setting only the 督查室 may change) must not look like one to type in
  `w-full rounded-md border bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 ${
    error ? 'border-red-600' : 'border-slate-300'
  }`

export function Field(props: {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}) {
  const { id, label, hint, error, children } = props
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  )
}

/** The hint and the error under a control, with the ids describedBy() points at */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          <span aria-hidden>⚠ </span>
          {error}
        </p>
      )}
    </>
  )
}
