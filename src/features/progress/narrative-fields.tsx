import { NARRATIVE_KEYS, NARRATIVE_MAX, type FieldErrors, type NarrativeKey } from '@/monitoring/entry-input'
import { zhEntryForm } from '@/i18n/zh-entry-form'
import { zhNarrative } from '@/i18n/zh-narrative'
import { controlClass, describedBy, Field } from '@/components/ui/field'

const t = zhEntryForm

// 进展情况, 存在问题, 下一步措施: what a 督查 report states beside each figure, each up to 1,000 characters.
export function NarrativeFields({
  id,
  values,
  errors,
  onChange,
}: {
  id: string
  values: Partial<Record<NarrativeKey, string>>
  errors: FieldErrors
  onChange: (key: NarrativeKey, value: string) => void
}) {
  return (
    <div className="grid gap-3 sm:col-span-2 lg:col-span-4 lg:grid-cols-3">
      {NARRATIVE_KEYS.map((key) => {
        const fieldId = `${id}-${key}`
        const text = values[key] ?? ''
        const count = t.charCount(text.trim().length, NARRATIVE_MAX)
        return (
          <Field
            key={key}
            id={fieldId}
            label={`${zhNarrative[key]}${t.optional}`}
            hint={count}
            error={errors[key]}
          >
            <textarea
              id={fieldId}
              rows={3}
              value={text}
              aria-invalid={Boolean(errors[key])}
              aria-describedby={describedBy(fieldId, count, errors[key])}
              className={`${controlClass(errors[key])} resize-y`}
              onChange={(e) => {
                onChange(key, e.target.value)
              }}
            />
          </Field>
        )
      })}
    </div>
  )
}
