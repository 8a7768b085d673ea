// A labelled group of toggle chips: native checkboxes, so keyboard and screen readers work unchanged.
import { useId } from 'react'

export type CheckboxOption<T extends string> = { value: T; label: string }

type Props<T extends string> = {
  legend: string
  options: readonly CheckboxOption<T>[]
  selected: readonly T[]
  onChange: (next: T[]) => void
  /** What the options apply to, under the legend (and read with the group) */
  hint?: string
  /** The URL parameter the group writes: lets index.html keep a click made before the app is live */
  urlParam?: string
}

export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  hint,
  urlParam,
}: Props<T>) {
  const hintId = useId()
  const toggle = (value: T, on: boolean) => {
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))))
  }
  return (
    <fieldset className="min-w-0" aria-describedby={hint ? hintId : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{legend}</legend>
      {hint && (
        <p id={hintId} className="-mt-1 mb-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-1.5">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-center gap-1 rounded-full border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 select-none has-checked:border-red-800 has-checked:bg-red-800 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-red-700"
          >
            <input
              type="checkbox"
              className="sr-only"
              value={o.value}
              data-url-param={urlParam}
              checked={selected.includes(o.value)}
              onChange={(e) => {
                toggle(o.value, e.currentTarget.checked)
              }}
            />
            <span aria-hidden className="text-xs">
              {selected.includes(o.value) ? '✓' : '+'}
            </span>
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
