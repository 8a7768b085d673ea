import type { ImportProblem } from '@/data/exchange/draft'
import { zhExchange } from '@/i18n/zh-exchange'

const x = zhExchange
const SHOWN = 30

// A refused file: which file, that nothing changed, and each problem with its row.
export function ImportRefusal({
  name,
  problems,
  onDismiss,
}: {
  name: string
  problems: ImportProblem[]
  onDismiss: () => void
}) {
  return (
    <div role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{x.refused(name)}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <span className="font-medium">{p.where}</span>：{p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="mt-1">{x.moreProblems(problems.length - SHOWN)}</p>}
      <button
        type="button"
        onClick={onDismiss}
        className="mt-2 rounded-md border border-red-300 bg-white px-3 py-1 text-red-900 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {x.dismiss}
      </button>
    </div>
  )
}
