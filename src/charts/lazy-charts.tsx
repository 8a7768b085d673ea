import { lazy, Suspense, type ComponentProps } from 'react'
import { zh } from '@/i18n/zh'

// recharts stays out of the first screen: every chart module is its own chunk, loaded after the cards render.
const BulletChartModule = lazy(() => import('./bullet-chart').then((m) => ({ default: m.BulletChart })))
const GrowthCompareModule = lazy(() =>
  import('./growth-compare-chart').then((m) => ({ default: m.GrowthCompareChart })),
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

export function LazyBulletChart(props: ComponentProps<typeof BulletChartModule>) {
  return (
    <Suspense fallback={<ChartPlaceholder height={250} />}>
      <BulletChartModule {...props} />
    </Suspense>
  )
}

export function LazyGrowthCompareChart(props: ComponentProps<typeof GrowthCompareModule>) {
  return (
    <Suspense fallback={<ChartPlaceholder height={props.pairs.length * 64 + 120} />}>
      <GrowthCompareModule {...props} />
    </Suspense>
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
