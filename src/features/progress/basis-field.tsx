import { useId } from 'react'
import { zh } from '@/i18n/zh'
import { zhEntryForm } from '@/i18n/zh-entry-form'
import { describedBy, FieldNotes } from '@/components/ui/field'

// 口径: 预计 or 正式, as a radio group; 正式 carries a reminder of when it decides 已完成/未完成.
export function BasisField({
  value,
  error,
  onChange,
}: {
  value: string
  error?: string
  onChange: (v: string) => void
}) {
  const id = useId()
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-1"
      aria-describedby={describedBy(id, zhEntryForm.finalHint, error)}
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{zhEntryForm.basis}</legend>
      <div className="flex gap-4">
        {(['provisional', 'final'] as const).map((b) => (
          <label key={b} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={`${id}-basis`}
              value={b}
              checked={value === b}
              aria-invalid={Boolean(error)}
              onChange={() => {
                onChange(b)
              }}
              className="size-4 accent-red-700"
            />
            {zh.basis[b]}
          </label>
        ))}
      </div>
      <FieldNotes id={id} hint={zhEntryForm.finalHint} error={error} />
    </fieldset>
  )
}
