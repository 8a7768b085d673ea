import { zh } from '@/i18n/zh'
import { zhReporting } from '@/i18n/zh-reporting'
import { reportingHistory } from '@/monitoring/chase'
import { itemFrequency, periodMonth, type ReportingState } from '@/monitoring/period'
import { FREQUENCY_LABELS } from '@/monitoring/responsibility'
import { isSettled, type Status } from '@/monitoring/status'
import { useAssignment } from '@/stores/use-assignments'
import { useDueDay } from '@/stores/use-monitor-settings'
import { useItemEntries } from '@/stores/use-progress'
import { usePeriod } from '@/stores/use-statuses'

const r = zhReporting
// Each state has its own mark besides its colour: ✓ 已报, ! 逾期报送, ✗ 未报送
const look: Record<ReportingState, { mark: string; className: string }> = {
  reported: { mark: '✓', className: 'border-green-700 text-green-800' },
  late: { mark: '!', className: 'border-amber-700 text-amber-900' },
  missing: { mark: '✗', className: 'border-purple-700 text-purple-800' },
}

function useReporting(itemId: string) {
  const entries = useItemEntries(itemId)
  const frequency = itemFrequency(itemId, useAssignment(itemId)?.frequency)
  const period = usePeriod()
  const dueDay = useDueDay()
  return { frequency, history: reportingHistory(entries, period, frequency, dueDay) }
}

function Chip({ label, state }: { label: string; state: ReportingState }) {
  const { mark, className } = look[state]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 text-xs whitespace-nowrap ${className}`}
    >
      <span aria-hidden>{mark}</span>
      {`${label}${r.state[state]}`}
    </span>
  )
}

/** 本期's 报送 state of one item, by its own 报送频次, e.g. "月报 · 9月已报", "季报 · 三季度未报送"; a settled item is chased no more */
export function ReportingNow({ itemId, status }: { itemId: string; status: Status }) {
  const { frequency, history } = useReporting(itemId)
  const now = history.at(-1)
  const settled = now?.state === 'missing' && isSettled(status)
  return (
    <span
      className="inline-flex items-center gap-1 text-xs text-slate-600"
      data-reporting={settled ? 'settled' : (now?.state ?? 'none')}
    >
      {FREQUENCY_LABELS[frequency]}
      {settled ? (
        ` · ${r.settled(zh.status[status])}`
      ) : now ? (
        <Chip label={r.period(periodMonth(now.period), frequency)} state={now.state} />
      ) : (
        ` · ${r.notDue}`
      )}
    </span>
  )
}

/** Every period due so far: 已报 / 未报送 / 逾期报送 */
export function ReportingHistory({ itemId, name }: { itemId: string; name: string }) {
  const { frequency, history } = useReporting(itemId)
  return (
    <section aria-label={r.historyLabel(name)} className="mt-3">
      <h5 className="text-sm font-medium text-slate-700">{r.heading(FREQUENCY_LABELS[frequency])}</h5>
      {history.length === 0 ? (
        <p className="text-sm text-slate-500">{r.notDue}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {history.map((h) => (
            <li key={h.period}>
              <Chip label={r.period(periodMonth(h.period), frequency)} state={h.state} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
