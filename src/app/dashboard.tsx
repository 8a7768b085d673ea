import { useDeferredValue } from 'react'
import { PartBoundary } from '@/components/part-boundary'
import { ExportAllButton } from '@/charts/export-buttons'
import { FilterBar } from '@/features/filters/filter-bar'
import { Overview } from '@/features/overview/overview'
import { SectorPanels } from '@/features/sectors/sector-panels'
import { zh } from '@/i18n/zh'

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
          {panels && <SectorPanels />}
        </div>
      </section>
    </div>
  )
}
