import { useId, useState } from 'react'
import { CheckboxGroup } from '@/components/ui/checkbox-group'
import { zh } from '@/i18n/zh'
import { zhAssign } from '@/i18n/zh-assign'
import { readDeadline } from '@/monitoring/assign-table'
import { itemFrequency } from '@/monitoring/period'
import { activeUnits, FREQUENCY_LABELS, frequencySchema, type Assignment } from '@/monitoring/responsibility'
import { assignmentVersion, useLeaders, useUnits } from '@/stores/use-assignments'
import { assignmentChanged } from '@/stores/assignment-actions'
import type { ItemBasics } from '@/monitoring/item'
import { NodeEditor } from './node-editor'
import { SubItemEditor } from './sub-item-editor'
import { asOptions, Choice, FieldCell, Problem, TextBox } from './controls'
import { button, primary } from './styles'

const a = zhAssign

type Props = {
  item: ItemBasics
  cumulative: boolean
  initial: Assignment
  /** Closes the editor: saved is true only once the 分解 is kept */
  onDone: (saved: boolean) => void
}

// The labelled fields of one assignment, edited as a draft and saved in one step (保存分解).
export function AssignmentEditor({ item, cumulative, initial, onDone }: Props) {
  const units = useUnits()
  const leaders = useLeaders()
  const [draft, setDraft] = useState(initial)
  const [deadlineText, setDeadlineText] = useState(initial.deadline ?? '')
  const [problem, setProblem] = useState<string>()
  // The 分解 this draft starts from; after a refusal, the one now stored, so a second 保存分解 is a choice
  const [base, setBase] = useState(() => assignmentVersion(item.id) ?? '0')
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
      setProblem(zhAssign.problem.deadlineInvalid(deadlineText))
      return
    }
    const next = { ...draft }
    if (deadline) next.deadline = deadline
    else delete next.deadline
    // Not kept (storage full, read-only, refused by the server): say why and keep the form open.
    void assignmentChanged(next, base).then((notKept) => {
      if (notKept) {
        setProblem(notKept)
        setBase(assignmentVersion(item.id) ?? '0')
      } else onDone(true)
    })
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
        <FieldCell id={ids.lead} label={a.leadUnit}>
          <Choice
            id={ids.lead}
            value={draft.leadUnit ?? ''}
            empty={a.none}
            options={asOptions(leadOptions)}
            onChange={(v) => {
              setText('leadUnit', v)
            }}
          />
        </FieldCell>
        <FieldCell id={ids.leader} label={a.leader}>
          <Choice
            id={ids.leader}
            value={draft.leader ?? ''}
            empty={a.none}
            options={asOptions([
              ...new Set([...leaders.map((l) => l.name), ...(draft.leader ? [draft.leader] : [])]),
            ])}
            onChange={(v) => {
              setText('leader', v)
            }}
          />
        </FieldCell>
        <FieldCell id={ids.owner} label={a.owner}>
          <TextBox
            id={ids.owner}
            maxLength={40}
            value={draft.owner ?? ''}
            onChange={(v) => {
              setText('owner', v)
            }}
          />
        </FieldCell>
        <FieldCell id={ids.deadline} label={a.deadline}>
          <TextBox
            id={ids.deadline}
            placeholder="2023-12"
            value={deadlineText}
            aria-describedby={`${ids.deadline}-hint`}
            aria-invalid={problem ? true : undefined}
            onChange={(v) => {
              setDeadlineText(v)
              setProblem(undefined)
            }}
          />
          <span id={`${ids.deadline}-hint`} className="text-xs font-normal text-slate-500">
            {a.deadlineHint}
          </span>
        </FieldCell>
        <FieldCell id={ids.frequency} label={a.frequency}>
          <Choice
            id={ids.frequency}
            value={draft.frequency}
            options={frequencySchema.options.map((f) => ({
              value: f,
              label: f === fallback ? a.frequencyDefault(FREQUENCY_LABELS[f]) : FREQUENCY_LABELS[f],
            }))}
            onChange={(v) => {
              patch({ frequency: frequencySchema.parse(v) })
            }}
          />
        </FieldCell>
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
      <Problem text={problem} />
      <div className="flex gap-2">
        <button type="submit" className={primary}>
          {a.save}
        </button>
        <button
          type="button"
          className={button}
          onClick={() => {
            onDone(false)
          }}
        >
          {a.cancel}
        </button>
      </div>
    </form>
  )
}
