import { useId } from 'react'
import { PeriodSelect } from '@/components/period-select'
import { StatusRuleHelp } from '@/components/status-rule-help'
import { StatusSummary } from '@/components/status-summary'
import { UrlStateLink } from '@/components/url-state-link'
import { zh } from '@/i18n/zh'
import { usePeriod, useStatuses, useStatusSettings } from '@/stores/use-statuses'

const o = zh.statusOverview

// Where the year stands: every 2023 target and task counted by status; a count filters the panels below.
export function StatusOverview() {
  const titleId = useId()
  const statuses = useStatuses()
  const { month, tolerancePp } = useStatusSettings()
  // The 本期 counted at: main.tsx hydrates the prerendered counts only when the browser's 本期 is the same
  const period = usePeriod()
  return (
    <section
      aria-labelledby={titleId}
      data-period={period}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={titleId} className="text-base font-semibold text-slate-900">
            {o.title}
          </h3>
          <p className="text-xs text-slate-500">{o.asOf(month, statuses.size)}</p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <PeriodSelect className="w-48" />
          <StatusRuleHelp month={month} tolerance={tolerancePp} />
        </div>
      </div>
      <StatusSummary statuses={statuses} />
      <UrlStateLink
        patch={{ view: 'progress' }}
        className="mt-2 inline-block text-sm text-red-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {o.record}
      </UrlStateLink>
    </section>
  )
}
