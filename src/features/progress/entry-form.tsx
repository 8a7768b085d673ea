import { useId, useRef, useState, type ChangeEvent, type SyntheticEvent } from 'react'
import {
  validateTaskEntry,
  validateValueEntry,
  type EntryFields,
  type FieldErrors,
  type TaskDraft,
  type ValueDraft,
} from '@/monitoring/entry-input'
import type { ProgressEntry } from '@/data/dataset/schema'
import { latestEntry } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { entryEdited, entryRecorded, getEntries } from '@/stores/use-progress'
import { BasisField } from './basis-field'
import { controlClass, describedBy, Field } from '@/components/ui/field'
import type { Item } from '@/monitoring/item'
import { formatPeriod, monthOf } from '@/monitoring/period'
import { clearedFields, fieldsOf, valueHint } from './entry-fields'
import { FormActions } from './form-actions'
import { NarrativeFields } from './narrative-fields'
import { ReplaceConfirm } from './replace-confirm'

const t = zh.entryForm
const months = Array.from({ length: 12 }, (_, i) => i + 1)

type Props = {
  item: Item
  defaultMonth: number
  /** Set when editing: the entry the form starts from */
  editing?: ProgressEntry
  onEdited?: (before: ProgressEntry) => void
  onCancel?: () => void
}

// One form for recording and editing; bad input stays in the fields with a message, nothing is lost.
export function EntryForm({ item, defaultMonth, editing, onEdited, onCancel }: Props) {
  const id = useId()
  const [fields, setFields] = useState(() => fieldsOf(editing, defaultMonth))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState('')
  // A new entry for a month that already has one waits here until the official says 替换 or 保留
  const [pending, setPending] = useState<{ draft: ValueDraft | TaskDraft; existing: ProgressEntry }>()
  const form = useRef<HTMLFormElement>(null)
  const set = (key: keyof EntryFields) => (value: string) => {
    setFields((f) => ({ ...f, [key]: value }))
  }

  function submit(e: SyntheticEvent) {
    e.preventDefault()
    const result = item.indicator
      ? validateValueEntry(item.indicator, fields)
      : validateTaskEntry(item.id, fields)
    if (!result.ok) {
      setErrors(result.errors)
      setSaved('')
      // Focus the first field at fault, so its message is read out with its label.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setErrors({})
    if (editing) {
      const before = entryEdited(editing.id, result.draft)
      if (before) onEdited?.(before)
      return
    }
    const existing = latestEntry(
      getEntries().filter((x) => x.targetId === item.id && x.asOf === result.draft.asOf),
    )
    if (existing) {
      setPending({ draft: result.draft, existing })
      setSaved('')
      return
    }
    entryRecorded(result.draft)
    setSaved(t.saved(zh.period(monthOf(fields.asOf))))
    setFields((f) => ({ ...f, ...clearedFields }))
  }

  function replace() {
    if (!pending) return
    entryEdited(pending.existing.id, pending.draft)
    setPending(undefined)
    setSaved(t.replaced(zh.period(monthOf(pending.draft.asOf))))
    setFields((f) => ({ ...f, ...clearedFields }))
  }

  const input = (key: keyof EntryFields, hint?: string) => ({
    id: `${id}-${key}`,
    value: fields[key],
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': describedBy(`${id}-${key}`, hint, errors[key]),
    className: controlClass(errors[key]),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      set(key)(e.target.value)
      setPending(undefined)
    },
  })
  const hint = item.indicator && valueHint(item.indicator)

  return (
    <form ref={form} noValidate onSubmit={submit} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {item.indicator ? (
        <Field
          id={`${id}-value`}
          label={`${t.value}（${item.indicator.unit}）`}
          hint={hint}
          error={errors.value}
        >
          <input {...input('value', hint)} inputMode="decimal" autoComplete="off" />
        </Field>
      ) : (
        <Field id={`${id}-taskStatus`} label={t.taskStatus} error={errors.taskStatus}>
          <select {...input('taskStatus')}>
            <option value="">{t.chooseTaskStatus}</option>
            {(['not_started', 'in_progress', 'done'] as const).map((s) => (
              <option key={s} value={s}>
                {zh.taskStatus[s]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${id}-asOf`} label={t.asOf} error={errors.asOf}>
        <select {...input('asOf')}>
          {months.map((m) => (
            <option key={m} value={formatPeriod(m)}>
              {zh.period(m)}
            </option>
          ))}
        </select>
      </Field>
      {item.indicator && <BasisField value={fields.basis} error={errors.basis} onChange={set('basis')} />}
      <Field id={`${id}-note`} label={`${t.note}${t.optional}`} error={errors.note}>
        <input {...input('note')} />
      </Field>
      <Field id={`${id}-source`} label={`${t.source}${t.optional}`} error={errors.source}>
        <input {...input('source')} placeholder={t.sourcePlaceholder} />
      </Field>
      <NarrativeFields
        id={id}
        values={fields}
        errors={errors}
        onChange={(key, value) => {
          set(key)(value)
          setPending(undefined)
        }}
      />
      {pending && (
        <ReplaceConfirm
          item={item}
          existing={pending.existing}
          onReplace={replace}
          onKeep={() => {
            setPending(undefined)
          }}
        />
      )}
      <FormActions editing={Boolean(editing)} saved={saved} onCancel={onCancel} />
    </form>
  )
}
