import { Suspense, useDeferredValue } from 'react'
import { PartBoundary } from '@/components/part-boundary'
import { retryableLazy } from '@/components/retryable-lazy'
import { ExportAllButton } from '@/charts/export-buttons'
import { FilterBar } from '@/features/filters/filter-bar'
import { Overview } from '@/features/overview/overview'
import { zh } from '@/i18n/zh'

// The panels are not prerendered: they mount one pass after the app is live, so their code (tables, task lists, the
// charts' frames) is a chunk of its own, off the first screen's critical path. Fetched as the app starts, beside
// hydration, it is in by the time they mount; a failed fetch is tried again by the mount, then offers 重试.
const loadPanels = () => import('@/features/sectors/sector-panels').then((m) => m.SectorPanels)
const sectorPanels = retryableLazy(loadPanels)
loadPanels().catch(() => undefined)

// 看板: the county overview across the top, then filters beside (or above, on phones) the sector panels.
export function Dashboard() {
  // The panels (hundreds of rows and charts) render in a second, interruptible pass after the overview has
  // been painted, so the headline figures never wait for them.
  const panels = useDeferredValue(true, false)
  return (
    <div className="flex flex-col gap-6">
      <PartBoundary part={zh.partError.panel(zh.partError.overview)}>
        <Overview />
      </PartBoundary>
      <section aria-labelledby="sectors-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id="sectors-title" className="scroll-mt-24 text-lg font-semibold text-slate-900">
            {zh.sectorsTitle}
          </h2>
          <ExportAllButton />
        </div>
        <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start print:block">
          <aside
            data-print-hide
            className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
          >
            <FilterBar />
          </aside>
          {panels && (
            <PartBoundary part={zh.partError.panel(zh.sectorsTitle)} onRetry={sectorPanels.forget}>
              <Suspense fallback={null}>
                <sectorPanels.Component />
              </Suspense>
            </PartBoundary>
          )}
        </div>
      </section>
    </div>
  )
}
