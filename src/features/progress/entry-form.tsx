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
import { useUrlValue } from '@/data/url-state'
import { latestEntry } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { zhEntryForm } from '@/i18n/zh-entry-form'
import { zhLedger } from '@/i18n/zh-ledger'
import type { LedgerEntry, Outcome, Versioned } from '@/stores/ledger/ledger-port'
import {
  entryEdited,
  entryRecorded,
  entryVersion,
  getEntries,
  progressReloaded,
  type EntryDraft,
} from '@/stores/use-progress'
import { ConflictChoice } from './conflict-choice'
import { BasisField } from './basis-field'
import { defaultAsOf, defaultBasis } from './entry-defaults'
import { controlClass, describedBy, Field } from '@/components/ui/field'
import type { Item } from '@/monitoring/item'
import { formatPeriod, monthOf } from '@/monitoring/period'
import { clearedFields, fieldsOf, valueHint } from './entry-fields'
import { FormActions } from './form-actions'
import { NarrativeFields } from './narrative-fields'
import { ReplaceConfirm } from './replace-confirm'

const t = zhEntryForm
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
  const periodChosen = useUrlValue('period') !== ''
  const [fields, setFields] = useState(() =>
    fieldsOf(editing, defaultAsOf(defaultMonth, { periodChosen, hasEntries: getEntries().length > 0 })),
  )
  const basis = fields.basis || (item.indicator ? defaultBasis(item.indicator, fields.asOf) : '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState('')
  const [failure, setFailure] = useState('')
  // The version the user started from: a save against a newer one is a conflict, never a silent overwrite.
  const [baseVersion] = useState(() => editing && entryVersion(editing.id))
  const [conflict, setConflict] = useState<{ mine: EntryDraft; theirs: Versioned<LedgerEntry> }>()
  // A new entry for a month that already has one waits here until the official says 替换 or 保留
  const [pending, setPending] = useState<{ draft: ValueDraft | TaskDraft; existing: ProgressEntry }>()
  const form = useRef<HTMLFormElement>(null)
  const set = (key: keyof EntryFields) => (value: string) => {
    setFields((f) => ({ ...f, [key]: value }))
  }

  async function submit(e: SyntheticEvent) {
    e.preventDefault()
    const chosen = { ...fields, basis }
    const result = item.indicator
      ? validateValueEntry(item.indicator, chosen)
      : validateTaskEntry(item.id, chosen)
    if (!result.ok) {
      setErrors(result.errors)
      setSaved('')
      // Focus the first field at fault, so its message is read out with its label.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setErrors({})
    setSaved('')
    setFailure('')
    if (editing) {
      answered(await entryEdited(editing.id, result.draft, baseVersion))
      return
    }
    const existing = latestEntry(
      getEntries().filter((x) => x.targetId === item.id && x.asOf === result.draft.asOf),
    )
    if (existing) {
      setPending({ draft: result.draft, existing })
      return
    }
    if (answered(await entryRecorded(result.draft))) {
      setSaved(t.saved(zh.period(monthOf(fields.asOf))))
      setFields((f) => ({ ...f, ...clearedFields }))
    }
  }

  /** Whether the ledger kept it; when not, the reason shows (or both versions, on a conflict) and the fields stay */
  function answered(outcome: Outcome<unknown>): boolean {
    // Someone saved first: show both versions and let the user choose, never overwrite silently.
    const current = outcome.ok ? undefined : outcome.failure.current
    if (!outcome.ok && outcome.failure.code === 'conflict' && editing && current) {
      const result = item.indicator
        ? validateValueEntry(item.indicator, fields)
        : validateTaskEntry(item.id, fields)
      if (result.ok) {
        setConflict({ mine: result.draft, theirs: current as Versioned<LedgerEntry> })
        return false
      }
    }
    if (!outcome.ok) {
      setFailure(zhLedger.notSaved(outcome.failure.message))
      return false
    }
    setConflict(undefined)
    if (editing) onEdited?.(outcome.value as ProgressEntry)
    return true
  }

  async function replace() {
    if (!pending) return
    setPending(undefined)
    if (!answered(await entryEdited(pending.existing.id, pending.draft))) return
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
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        void submit(e)
      }}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
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
          {fields.asOf === '' && (
            <option value="" disabled>
              {t.chooseMonth}
            </option>
          )}
          {months.map((m) => (
            <option key={m} value={formatPeriod(m)}>
              {zh.period(m)}
            </option>
          ))}
        </select>
      </Field>
      {item.indicator && <BasisField value={basis} error={errors.basis} onChange={set('basis')} />}
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
          onReplace={() => {
            void replace()
          }}
          onKeep={() => {
            setPending(undefined)
          }}
        />
      )}
      <FormActions editing={Boolean(editing)} saved={saved} onCancel={onCancel} />
      {conflict && editing && (
        <ConflictChoice
          mine={{ ...conflict.mine, id: editing.id, recordedAt: editing.recordedAt }}
          theirs={conflict.theirs}
          target={item.indicator}
          onKeepMine={() => {
            void entryEdited(editing.id, conflict.mine, conflict.theirs.version).then(answered)
          }}
          onKeepTheirs={() => {
            setConflict(undefined)
            void progressReloaded().then(onCancel)
          }}
        />
      )}
      {failure && (
        <p role="alert" className="text-sm font-medium text-red-800 sm:col-span-2 lg:col-span-4">
          <span aria-hidden>⚠ </span>
          {failure}
        </p>
      )}
    </form>
  )
}
