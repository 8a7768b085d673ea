import { memo, startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { PartBoundary } from '@/components/part-boundary'
import { useDataset } from '@/data/dataset/use-dataset'
import { selectSectorViews, type SectorView } from '@/data/select/select-filter'
import { useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { useResponsible } from '@/stores/use-responsible'
import { useStatuses } from '@/stores/use-statuses'
import { SectorPanel } from './sector-panel'

// The panels left by the filters in the URL, with a live summary so screen readers hear what changed.
export function SectorPanels() {
  const data = useDataset()
  const statuses = useStatuses()
  const state = useUrlState()
  const { sector, kind, measure, q, status } = state
  const responsible = useResponsible()
  const views = useMemo(
    () =>
      selectSectorViews(
        data,
        { sector, kind, measure, q, status },
        (id) => statuses.get(id)?.status,
        responsible,
      ),
    [data, sector, kind, measure, q, status, statuses, responsible],
  )
  const panels = useKeptWhileHidden(views)
  // The clicked chip and the count answer a filter click in its own frame; the panels follow in a second,
  // interruptible pass, so the click never waits for charts and tables to be rebuilt. A new status (an entry
  // recorded) reaches the panels at once, with the count.
  const later = useDeferredValue(panels)
  const mounted = useMountedOneByOne(later.length)
  const shown = views.filter((v) => v.shown)
  const rows = shown.reduce((n, v) => n + v.rows.length, 0)
  const tasks = shown.reduce((n, v) => n + v.tasks.length, 0)
  return (
    // Busy while the panels are still mounting one by one, so assistive technology waits for the whole list.
    <div
      className="flex min-w-0 flex-col gap-4"
      aria-busy={mounted < later.length || undefined}
      data-sector-panels
    >
      <p role="status" className="text-sm text-slate-600">
        {shown.length === 0 ? zh.noMatch : zh.shownSummary(shown.length, rows, tasks)}
      </p>
      {/* A panel the filters leave out is hidden, not unmounted: its charts stay built, so clearing a filter
          only redraws them at their width (~110 ms) instead of building every recharts chart again (~490 ms).
          <Activity> was measured too and is slower both ways (its effect teardown and re-run are the cost).
          Exports skip charts under [hidden]. */}
      {later.slice(0, mounted).map(({ shown, view }) => (
        <div key={view.sector.id} hidden={!shown} className="contents">
          <PartBoundary part={zh.partError.panel(view.sector.short)}>
            <Panel view={view} statuses={statuses} />
          </PartBoundary>
        </div>
      ))}
    </div>
  )
}

// The panels mount one per commit, each in its own interruptible pass: mounted together they were one 50–60 ms
// commit (hundreds of table rows), 200+ ms on a slow PC. Each commit's effect starts the next.
function useMountedOneByOne(count: number) {
  const [mounted, setMounted] = useState(1)
  useEffect(() => {
    if (mounted < count)
      startTransition(() => {
        setMounted(mounted + 1)
      })
  }, [mounted, count])
  return mounted
}

// A panel whose rows and tasks did not change is not re-rendered: a filter click then only touches the panels
// whose content it changes (re-rendering a recharts chart re-runs its store effects).
const sameView = (a: SectorView, b: SectorView) =>
  a.sector === b.sector &&
  a.rows.length === b.rows.length &&
  a.rows.every((r, i) => r.id === b.rows[i]?.id) &&
  a.tasks.length === b.tasks.length &&
  a.tasks.every((t, i) => t === b.tasks[i])
const Panel = memo(
  SectorPanel,
  (before, after) => before.statuses === after.statuses && sameView(before.view, after.view),
)

// A hidden panel keeps what it last showed: a status filter that empties and hides every panel, and the click that
// clears it, then leave their charts and tables alone instead of unmounting them and building them all again.
function useKeptWhileHidden(views: (SectorView & { shown: boolean })[]) {
  const [lastShown] = useState(() => new Map<string, SectorView>())
  return useMemo(
    () =>
      views.map(({ shown, ...view }) => {
        if (shown) lastShown.set(view.sector.id, view)
        return { shown, view: shown ? view : (lastShown.get(view.sector.id) ?? view) }
      }),
    [views, lastShown],
  )
}
