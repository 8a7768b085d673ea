import { useId } from 'react'
import { LazyBulletChart } from '@/charts/lazy-charts'
import type { SectorView } from '@/data/select/select-filter'
import { chartablePair } from '@/data/select/select-rows'
import { StatusCounts } from '@/components/status-counts'
import { countStatuses, type StatusResult } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { actualOf } from '@/monitoring/format-entry'
import { IndicatorTable } from './indicator-table'
import { PanelExportButton } from './panel-export-button'
import { TaskList } from './task-list'

// One work area: its heading as the report writes it, counts, progress charts, indicator table and tasks.
export function SectorPanel({
  view,
  statuses,
}: {
  view: SectorView
  statuses: ReadonlyMap<string, StatusResult>
}) {
  const { sector, rows, tasks, counts } = view
  const titleId = useId()
  const pairs = rows.map(chartablePair).filter((p) => p !== null)
  return (
    <section
      id={`sector-${sector.id}`}
      aria-labelledby={titleId}
      data-print-panel
      className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
    >
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {sector.short}
          <span className="ml-2 text-sm font-normal text-slate-500">{sector.heading}</span>
        </h2>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p className="text-xs text-slate-600">
            {zh.countsTargets} {counts.targets} · {zh.countsOutcomes} {counts.outcomes} · {zh.countsTasks}{' '}
            {counts.tasks}
          </p>
          <StatusCounts
            counts={countStatuses(statuses, [
              ...rows.flatMap((r) => (r.target ? [r.target.id] : [])),
              ...tasks.map((t) => t.id),
            ])}
            label={zh.monitor.sectorCounts(sector.short)}
          />
          {pairs.length > 0 && <PanelExportButton panelId={`sector-${sector.id}`} sector={sector.short} />}
        </div>
      </header>
      {rows.length + tasks.length === 0 && <p className="text-sm text-slate-500">{zh.sectorEmpty}</p>}
      {pairs.length > 0 && (
        <div className="mb-4 grid gap-3 md:grid-cols-2 2xl:grid-cols-3">
          {pairs.map((pair) => (
            <LazyBulletChart
              key={pair.target.id}
              pair={pair}
              sector={sector.short}
              actual={actualOf(statuses.get(pair.target.id))}
            />
          ))}
        </div>
      )}
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {rows.length > 0 && (
          <div>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{zh.indicatorsTitle}</h3>
            <IndicatorTable
              rows={rows}
              caption={`${sector.short}${zh.indicatorsTitle}`}
              statuses={statuses}
            />
          </div>
        )}
        {tasks.length > 0 && (
          <div>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{zh.tasksTitle}</h3>
            <TaskList tasks={tasks} statuses={statuses} />
          </div>
        )}
      </div>
    </section>
  )
}
