import { useSuspenseQuery } from '@tanstack/react-query'
import { memo, useDeferredValue, useMemo } from 'react'
import { datasetQuery } from '@/data/dataset-query'
import { sortSectors } from '@/data/select-counts'
import { selectSectorViews, type SectorView } from '@/data/select-filter'
import { useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { useStatuses } from '@/stores/use-statuses'
import { describeFilters } from './describe-filters'
import { SectorPanel } from './sector-panel'

// The panels left by the filters in the URL, with a live summary so screen readers hear what changed.
export function SectorPanels() {
  const { data } = useSuspenseQuery(datasetQuery)
  const statuses = useStatuses()
  const { sector, kind, measure, q, status } = useUrlState()
  const views = useMemo(
    () => selectSectorViews(data, { sector, kind, measure, q, status }, (id) => statuses.get(id)?.status),
    [data, sector, kind, measure, q, status, statuses],
  )
  const filterNote = describeFilters({ sector, kind, measure, q, status })
  // Panels a filter removes are hidden at once and unmounted in a later, interruptible render: unmounting a
  // recharts chart dispatches its store clean-up (the bulk of a filter click), and the user need not wait for it.
  const previous = useDeferredValue(views)
  const shown = views.reduce((n, v) => ({ rows: n.rows + v.rows.length, tasks: n.tasks + v.tasks.length }), {
    rows: 0,
    tasks: 0,
  })
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <p role="status" className="text-sm text-slate-600">
        {views.length === 0 ? zh.noMatch : zh.shownSummary(views.length, shown.rows, shown.tasks)}
      </p>
      {withLeaving(views, previous).map(({ view, leaving }) => (
        <div key={view.sector.id} hidden={leaving} className="contents">
          <Panel view={view} filterNote={filterNote} statuses={statuses} />
        </div>
      ))}
    </div>
  )
}

// A panel whose rows and tasks did not change is not re-rendered: a filter click then only touches the panels
// it shows or hides (re-rendering a recharts chart re-runs its store effects).
const sameView = (a: SectorView, b: SectorView) =>
  a.sector === b.sector &&
  a.rows.length === b.rows.length &&
  a.rows.every((r, i) => r.id === b.rows[i]?.id) &&
  a.tasks.length === b.tasks.length &&
  a.tasks.every((t, i) => t === b.tasks[i])
const Panel = memo(
  SectorPanel,
  (before, after) =>
    before.filterNote === after.filterNote &&
    before.statuses === after.statuses &&
    sameView(before.view, after.view),
)

function withLeaving(views: SectorView[], previous: SectorView[]) {
  const ids = new Set(views.map((v) => v.sector.id))
  const all = [
    ...views.map((view) => ({ view, leaving: false })),
    ...previous.filter((v) => !ids.has(v.sector.id)).map((view) => ({ view, leaving: true })),
  ]
  return sortSectors(all.map((e) => e.view.sector)).map((s) => all.find((e) => e.view.sector === s)!)
}
