import { PassageButton } from '@/components/passage-button'
import { StatusBadge } from '@/components/status-badge'
import { TermText } from '@/components/term-text'
import { UnreportedNote } from '@/components/unreported-note'
import type { Indicator } from '@/data/dataset/schema'
import type { StatusResult } from '@/monitoring/status'
import type { Row } from '@/data/select/select-rows'
import { isTargetBelowOutcome } from '@/data/select/target-below-outcome'
import { zh } from '@/i18n/zh'
import { formatFigure } from '@/lib/format'

// The compact table: one row per thing measured, 2022 and 2023 side by side, each figure with its 原文.
export function IndicatorTable({
  rows,
  caption,
  statuses,
}: {
  rows: Row[]
  caption: string
  statuses: ReadonlyMap<string, StatusResult>
}) {
  return (
    // Skipped off screen like a chart (chart-frame.tsx); the estimate of its height holds until it is drawn once.
    <div
      className="overflow-x-auto [@media_screen]:[content-visibility:auto]"
      // Height only: a length for both axes would give the off-screen table a width and push the page sideways.
      style={{ containIntrinsicHeight: `auto ${rows.length * 36 + 32}px` }}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              {zh.tableIndicator}
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              {zh.table2022}
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              {zh.table2023}
            </th>
            <th scope="col" className="hidden py-1.5 pl-2 font-medium sm:table-cell">
              {zh.tableUnit}
            </th>
            <th scope="col" className="py-1.5 pl-2 font-medium">
              {zh.tableStatus}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top last:border-0">
              <th scope="row" className="py-1.5 pr-2 text-left font-normal text-slate-800">
                <TermText text={row.name} />
              </th>
              <FigureCell indicator={row.outcome} label={`${row.name}（${zh.outcome2022}）`} />
              <FigureCell
                indicator={row.target}
                label={`${row.name}（${zh.target2023}）`}
                strong
                note={isTargetBelowOutcome(row.outcome, row.target) ? zh.targetBelowOutcomeShort : undefined}
              />
              <td className="hidden py-1.5 pl-2 text-slate-600 sm:table-cell">
                {(row.target ?? row.outcome)?.unit}
              </td>
              <td className="py-1.5 pl-2">
                {row.target ? (
                  <>
                    <StatusBadge status={statuses.get(row.target.id)?.status ?? 'no_data'} />
                    <UnreportedNote result={statuses.get(row.target.id)} indicator={row.target} />
                  </>
                ) : (
                  <>
                    <span aria-hidden className="text-slate-500">
                      —
                    </span>
                    <span className="sr-only">无</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function FigureCell({
  indicator,
  label,
  strong,
  note,
}: {
  indicator?: Indicator
  label: string
  strong?: boolean
  /** Words under the figure, e.g. that a target below 2022 is the plan, not a shortfall */
  note?: string | undefined
}) {
  if (!indicator)
    return (
      <td className="px-2 py-1.5 text-slate-500">
        <span aria-hidden>—</span>
        <span className="sr-only">无</span>
      </td>
    )
  return (
    <td className="px-2 py-1.5">
      <span className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        <span className={strong ? 'font-semibold text-slate-900' : 'text-slate-700'}>
          {formatFigure(indicator)}
        </span>
        <PassageButton id={indicator.id} label={label} />
      </span>
      {note && <span className="mt-0.5 block text-xs text-slate-600">{note}</span>}
    </td>
  )
}
