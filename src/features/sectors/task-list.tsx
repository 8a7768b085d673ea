import { SourceButton } from '@/components/source-button'
import { TermText } from '@/components/term-text'
import type { Task } from '@/data/schema'

// The sector's tasks in report order, each with its 原文.
export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="flex flex-col gap-1.5 text-sm">
      {tasks.map((t) => (
        <li
          key={t.id}
          className="flex items-start justify-between gap-2 border-b border-slate-100 pb-1.5 last:border-0"
        >
          <span className="text-slate-800">
            <TermText text={t.name} />
          </span>
          <SourceButton id={t.id} label={t.name} />
        </li>
      ))}
    </ul>
  )
}
