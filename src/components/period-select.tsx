import { useId } from 'react'
import { updateUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { formatPeriod } from '@/monitoring/period'
import { useDefaultPeriod, usePeriod } from '@/stores/use-statuses'

const m = zh.monitor
const months = Array.from({ length: 12 }, (_, i) => i + 1)

// 本期: the one control for the period every status, 通报 and 催报 is judged at (?period=2023-09, shared by links).
export function PeriodSelect({ hint = false, className = '' }: { hint?: boolean; className?: string }) {
  const id = useId()
  const period = usePeriod()
  const fallback = useDefaultPeriod()
  return (
    // On paper the control goes with its label; each view states its 本期 in a line of its own.
    <div data-print-hide className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {m.period}
      </label>
      <select
        id={id}
        value={period}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700"
        onChange={(e) => {
          // The default 本期 stays out of the link, so a shared link follows the calendar
          updateUrlState({ period: e.target.value === fallback ? '' : e.target.value }, { replace: true })
        }}
      >
        {months.map((n) => (
          <option key={n} value={formatPeriod(n)}>
            {`${m.periodOption(n)}${formatPeriod(n) === fallback ? m.periodDefault : ''}`}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {m.periodHint}
        </p>
      )}
    </div>
  )
}
