import { PassageButton } from '@/components/passage-button'
import { StatusBadge } from '@/components/status-badge'
import { TermText } from '@/components/term-text'
import { UnreportedNote } from '@/components/unreported-note'
import type { Task } from '@/data/dataset/schema'
import type { StatusResult } from '@/monitoring/status'

// The sector's tasks in report order, each with its status and its 原文.
export function TaskList({
  tasks,
  statuses,
}: {
  tasks: Task[]
  statuses: ReadonlyMap<string, StatusResult>
}) {
  return (
    // Skipped off screen like a chart (chart-frame.tsx); the estimate of its height holds until it is drawn once.
    <ul
      className="flex flex-col gap-1.5 text-sm [@media_screen]:[content-visibility:auto]"
      style={{ containIntrinsicHeight: `auto ${tasks.length * 34}px` }}
    >
      {tasks.map((t) => (
        <li
          key={t.id}
          className="flex items-start justify-between gap-2 border-b border-slate-100 pb-1.5 last:border-0"
        >
          <span className="text-slate-800">
            <TermText text={t.name} />
            <UnreportedNote result={statuses.get(t.id)} />
          </span>
          <span className="flex shrink-0 items-center gap-1.5">
            <StatusBadge status={statuses.get(t.id)?.status ?? 'no_data'} />
            <PassageButton id={t.id} label={t.name} />
          </span>
        </li>
      ))}
    </ul>
  )
}
