import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset-query'
import { selectSectorViews } from '@/data/select-filter'
import { useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { describeFilters } from './describe-filters'
import { SectorPanel } from './sector-panel'

// The panels left by the filters in the URL, with a live summary so screen readers hear what changed.
export function SectorPanels() {
  const { data } = useSuspenseQuery(datasetQuery)
  const { sector, kind, measure, q } = useUrlState()
  const views = useMemo(
    () => selectSectorViews(data, { sector, kind, measure, q }),
    [data, sector, kind, measure, q],
  )
  const filterNote = describeFilters({ sector, kind, measure, q })
  const shown = views.reduce((n, v) => ({ rows: n.rows + v.rows.length, tasks: n.tasks + v.tasks.length }), {
    rows: 0,
    tasks: 0,
  })
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <p role="status" className="text-sm text-slate-600">
        {views.length === 0 ? zh.noMatch : zh.shownSummary(views.length, shown.rows, shown.tasks)}
      </p>
      {views.map((v) => (
        <SectorPanel key={v.sector.id} view={v} filterNote={filterNote} />
      ))}
    </div>
  )
}
