import { lazy, Suspense, type ComponentProps } from 'react'
import { PartBoundary } from '@/components/part-boundary'
import { retryableLazy } from '@/components/retryable-lazy'
import { zh } from '@/i18n/zh'
import type { BulletChart } from './bullet-chart'
import type { GrowthCompareChart } from './growth-compare-chart'

// recharts stays out of the first screen: every chart module is its own chunk, loaded after the cards render.
const bullet = retryableLazy<ComponentProps<typeof BulletChart>>(() =>
  import('./bullet-chart').then((m) => m.BulletChart),
)
const growth = retryableLazy<ComponentProps<typeof GrowthCompareChart>>(() =>
  import('./growth-compare-chart').then((m) => m.GrowthCompareChart),
)

const TrendModule = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })))

function ChartPlaceholder({ height }: { height: number }) {
  return (
    <div
      role="status"
      style={{ minHeight: height }}
      className="flex items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-slate-500"
    >
      {zh.chartLoading}
    </div>
  )
}

export function LazyBulletChart(props: ComponentProps<typeof BulletChart>) {
  return (
    <PartBoundary part={zh.partError.chart(props.pair.target.name)} onRetry={bullet.forget}>
      <Suspense fallback={<ChartPlaceholder height={250} />}>
        <bullet.Component {...props} />
      </Suspense>
    </PartBoundary>
  )
}

export function LazyGrowthCompareChart(props: ComponentProps<typeof GrowthCompareChart>) {
  return (
    <PartBoundary part={zh.partError.chart(zh.growthChartTitle)} onRetry={growth.forget}>
      <Suspense fallback={<ChartPlaceholder height={props.pairs.length * 64 + 120} />}>
        <growth.Component {...props} />
      </Suspense>
    </PartBoundary>
  )
}

export function LazyTrendChart(props: ComponentProps<typeof TrendModule>) {
  return (
    // No role=status here: it opens inside the entry panel, whose own status line announces saves.
    <Suspense
      fallback={<div style={{ minHeight: 360 }} className="rounded-lg border border-slate-200 bg-white" />}
    >
      <TrendModule {...props} />
    </Suspense>
  )
}
