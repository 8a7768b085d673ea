import { useId, useRef, useState, type ChangeEvent, type SyntheticEvent } from 'react'
import {
  validateTaskEntry,
  validateValueEntry,
  type EntryFields,
  type FieldErrors,
} from '@/monitoring/entry-input'
import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
import { entryEdited, entryRecorded } from '@/stores/use-progress'
import { BasisField } from './basis-field'
import { controlClass, describedBy, Field } from './field'
import type { Item } from '@/monitoring/item'
import { formatPeriod, monthOf } from '@/monitoring/period'

const t = zh.entryForm
const months = Array.from({ length: 12 }, (_, i) => i + 1)

function valueHint(target: Indicator): string {
  if (target.measure === 'growth_pct') return t.hintGrowth(target.unit)
  if (target.measure === 'share_pct') return t.hintShare
  if (target.measure === 'rank') return t.hintRank
  if (target.measure === 'change_pp') return t.hintPoints
  return t.hintCumulative(target.unit)
}

function fieldsOf(entry: ProgressEntry | undefined, month: number): EntryFields {
  return {
    value: entry?.type === 'value' ? String(entry.value) : '',
    asOf: entry?.asOf ?? formatPeriod(month),
    basis: entry?.type === 'value' ? entry.basis : 'provisional',
    taskStatus: entry?.type === 'task' ? entry.taskStatus : '',
    note: entry?.note ?? '',
    source: entry?.source ?? '',
  }
}

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
    entryRecorded(result.draft)
    setSaved(t.saved(zh.period(monthOf(fields.asOf))))
    setFields((f) => ({ ...f, value: '', note: '', source: '' }))
  }

  const input = (key: keyof EntryFields, hint?: string) => ({
    id: `${id}-${key}`,
    value: fields[key],
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': describedBy(`${id}-${key}`, hint, errors[key]),
    className: controlClass(errors[key]),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      set(key)(e.target.value)
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
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button
          type="submit"
          className="rounded-md bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
        >
          {editing ? t.saveEdit : t.save}
        </button>
        {onCancel && (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
          >
            {t.cancel}
          </button>
        )}
        <p role="status" className="text-sm text-green-800">
          {saved}
        </p>
      </div>
    </form>
  )
}
