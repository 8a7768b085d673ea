import { StatusIcon, statusOrder, statusPalette } from './status-badge'
import { countStatuses, type StatusResult } from '@/monitoring/status'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import type { Status } from '@/monitoring/status'
import { zh } from '@/i18n/zh'

// How many targets and tasks stand at each status; each count toggles the shared ?status= filter.
export function StatusSummary({ statuses }: { statuses: ReadonlyMap<string, StatusResult> }) {
  const selected = useUrlValue('status')
  const counts = countStatuses(statuses)
  const toggle = (s: Status) => {
    updateUrlState({ status: selected.includes(s) ? selected.filter((x) => x !== s) : [...selected, s] })
  }
  return (
    <div role="group" aria-label={zh.monitor.summaryLabel} className="flex flex-wrap gap-2">
      {statusOrder.map((s) => {
        const pressed = selected.includes(s)
        const { color, tint } = statusPalette[s]
        return (
          <button
            key={s}
            type="button"
            aria-pressed={pressed}
            onClick={() => {
              toggle(s)
            }}
            className="inline-flex items-center gap-1.5 rounded-full border-2 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
            style={{ color, borderColor: pressed ? color : 'transparent', background: tint }}
          >
            <StatusIcon status={s} />
            {zh.monitor.summaryCount(zh.status[s], counts.get(s) ?? 0)}
            {pressed && <span aria-hidden>✓</span>}
          </button>
        )
      })}
      {selected.length > 0 && (
        <button
          type="button"
          onClick={() => {
            updateUrlState({ status: [] })
          }}
          className="rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
        >
          {zh.monitor.showAll}
        </button>
      )}
    </div>
  )
}
