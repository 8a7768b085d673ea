import { useId, useState } from 'react'
import { CheckboxGroup } from '@/components/ui/checkbox-group'
import { zh } from '@/i18n/zh'
import { readDeadline } from '@/monitoring/assign-table'
import { itemFrequency } from '@/monitoring/period'
import { activeUnits, FREQUENCY_LABELS, frequencySchema, type Assignment } from '@/monitoring/responsibility'
import { assignmentChanged, useLeaders, useUnits } from '@/stores/use-assignments'
import type { ItemBasics } from '@/monitoring/item'
import { NodeEditor } from './node-editor'
import { SubItemEditor } from './sub-item-editor'
import { button, errorText, input, label, primary } from './styles'

const a = zh.assign

type Props = { item: ItemBasics; cumulative: boolean; initial: Assignment; onDone: () => void }

// The labelled fields of one assignment, edited as a draft and saved in one step (保存分解).
export function AssignmentEditor({ item, cumulative, initial, onDone }: Props) {
  const units = useUnits()
  const leaders = useLeaders()
  const [draft, setDraft] = useState(initial)
  const [deadlineText, setDeadlineText] = useState(initial.deadline ?? '')
  const [problem, setProblem] = useState<string>()
  const ids = { lead: useId(), leader: useId(), owner: useId(), deadline: useId(), frequency: useId() }
  const patch = (p: Partial<Assignment>) => {
    setDraft((d) => ({ ...d, ...p }))
  }
  // An emptied optional field becomes undefined: the schema reads it as not set
  const setText = (key: 'leadUnit' | 'leader' | 'owner', value: string) => {
    setDraft((d) => {
      const next: Assignment = { ...d, [key]: value.trim() ? value : undefined }
      if (key === 'leadUnit') next.partnerUnits = d.partnerUnits.filter((u) => u !== value)
      return next
    })
  }
  // A retired unit already named stays visible, so the draft never silently drops it.
  const offered = (keep: readonly string[]) =>
    units.filter((u) => !u.retired || keep.includes(u.name)).map((u) => u.name)
  const leadOptions = offered(draft.leadUnit ? [draft.leadUnit] : [])
  const partnerOptions = offered(draft.partnerUnits)
    .filter((n) => n !== draft.leadUnit)
    .map((n) => ({ value: n, label: n }))
  const fallback = itemFrequency(item.id)

  function save() {
    const deadline = deadlineText.trim() ? readDeadline(deadlineText) : undefined
    if (deadlineText.trim() && !deadline) {
      setProblem(zh.assign.problem.deadlineInvalid(deadlineText))
      return
    }
    const next = { ...draft }
    if (deadline) next.deadline = deadline
    else delete next.deadline
    assignmentChanged(next)
    onDone()
  }

  return (
    <form
      aria-label={a.edit(item.name)}
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className={label}>
          <label htmlFor={ids.lead}>{a.leadUnit}</label>
          <select
            id={ids.lead}
            className={input}
            value={draft.leadUnit ?? ''}
            onChange={(e) => {
              setText('leadUnit', e.currentTarget.value)
            }}
          >
            <option value="">{a.none}</option>
            {leadOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className={label}>
          <label htmlFor={ids.leader}>{a.leader}</label>
          <select
            id={ids.leader}
            className={input}
            value={draft.leader ?? ''}
            onChange={(e) => {
              setText('leader', e.currentTarget.value)
            }}
          >
            <option value="">{a.none}</option>
            {[...new Set([...leaders.map((l) => l.name), ...(draft.leader ? [draft.leader] : [])])].map(
              (n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ),
            )}
          </select>
        </div>
        <div className={label}>
          <label htmlFor={ids.owner}>{a.owner}</label>
          <input
            id={ids.owner}
            className={input}
            maxLength={40}
            value={draft.owner ?? ''}
            onChange={(e) => {
              setText('owner', e.currentTarget.value)
            }}
          />
        </div>
        <div className={label}>
          <label htmlFor={ids.deadline}>{a.deadline}</label>
          <input
            id={ids.deadline}
            className={input}
            placeholder="2023-12"
            value={deadlineText}
            aria-describedby={`${ids.deadline}-hint`}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => {
              setDeadlineText(e.currentTarget.value)
              setProblem(undefined)
            }}
          />
          <span id={`${ids.deadline}-hint`} className="text-xs font-normal text-slate-500">
            {a.deadlineHint}
          </span>
        </div>
        <div className={label}>
          <label htmlFor={ids.frequency}>{a.frequency}</label>
          <select
            id={ids.frequency}
            className={input}
            value={draft.frequency}
            onChange={(e) => {
              patch({ frequency: frequencySchema.parse(e.currentTarget.value) })
            }}
          >
            {frequencySchema.options.map((f) => (
              <option key={f} value={f}>
                {f === fallback ? a.frequencyDefault(FREQUENCY_LABELS[f]) : FREQUENCY_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CheckboxGroup
        legend={a.partnerUnits}
        hint={activeUnits(units).length ? undefined : zh.filterUnitEmpty}
        options={partnerOptions}
        selected={draft.partnerUnits}
        onChange={(partnerUnits) => {
          patch({ partnerUnits })
        }}
      />
      {(cumulative || !item.indicator) && (
        <NodeEditor
          cumulative={cumulative}
          unit={item.indicator?.unit ?? ''}
          nodes={draft.nodes}
          onChange={(nodes) => {
            patch({ nodes })
          }}
        />
      )}
      <SubItemEditor
        item={item}
        cumulative={cumulative}
        subItems={draft.subItems}
        onChange={(subItems) => {
          patch({ subItems })
        }}
      />
      {problem && (
        <p role="alert" className={errorText}>
          {problem}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={primary}>
          {a.save}
        </button>
        <button type="button" className={button} onClick={onDone}>
          {a.cancel}
        </button>
      </div>
    </form>
  )
}
