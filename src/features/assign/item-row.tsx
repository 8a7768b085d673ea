import { useRef, useState } from 'react'
import { isCumulative } from '@/monitoring/status'
import { zhAssign } from '@/i18n/zh-assign'
import { formatFigure } from '@/lib/format'
import { emptyAssignment } from '@/monitoring/responsibility'
import { describeRollUp, rollUp } from '@/monitoring/roll-up'
import { rollUpWords } from '@/components/responsibility-line'
import { useAssignment } from '@/stores/use-assignments'
import { useEvaluationMonth } from '@/stores/use-statuses'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import type { ItemBasics } from '@/monitoring/item'
import { AssignmentEditor } from './assignment-editor'
import { describeAssignment } from './assign-preview'
import { small } from './styles'

const a = zhAssign

// One item of the 任务分解: who answers for it in a line, its sub-items' roll-up, and its editor on demand.
export function ItemRow({ item }: { item: ItemBasics }) {
  const assignment = useAssignment(item.id)
  const month = useEvaluationMonth()
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  // Shown as its line of text only where the server would refuse an edit
  const admin = mayAdminister(useAccount())
  const cumulative = item.indicator !== undefined && isCumulative(item.indicator.measure)
  const roll = assignment?.subItems.length
    ? rollUp(assignment.subItems, month, cumulative ? 'cumulative' : 'task')
    : undefined
  const headingId = `assign-item-${item.id}`
  return (
    <li className="flex flex-col gap-2 px-3 py-2" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p id={headingId} className="font-medium text-slate-900">
            {item.name}
            {item.indicator && (
              <span className="ml-2 text-sm font-normal text-slate-600">{formatFigure(item.indicator)}</span>
            )}
          </p>
          <p className={`text-sm ${assignment?.leadUnit ? 'text-slate-700' : 'text-amber-800'}`}>
            {assignment
              ? describeAssignment(assignment)
              : `${a.unassigned} · ${describeAssignment(emptyAssignment(item))}`}
          </p>
          {/* Mounted while the editor is open, so the 已保存 that follows is announced */}
          {(open || saved) && (
            <p role="status" className="text-sm text-green-800">
              {saved ? `✓ ${a.saved}` : ''}
            </p>
          )}
          {roll && (
            <p className="text-sm text-slate-700">
              {`${a.rollUp}：${describeRollUp(roll, item.indicator?.unit ?? '', rollUpWords)}`}
            </p>
          )}
        </div>
        {admin && (
          <button
            type="button"
            className={small}
            ref={toggle}
            aria-expanded={open}
            aria-label={a.edit(item.name)}
            onClick={() => {
              setOpen((o) => !o)
              setSaved(false)
            }}
          >
            {open ? a.collapse : a.split}
          </button>
        )}
      </div>
      {admin && open && (
        <AssignmentEditor
          item={item}
          cumulative={cumulative}
          initial={assignment ?? emptyAssignment(item)}
          onDone={(kept) => {
            // The editor (and the focused button in it) goes away: keep the keyboard user's place on this row
            setOpen(false)
            setSaved(kept)
            toggle.current?.focus()
          }}
        />
      )}
    </li>
  )
}
