import { lazy, Suspense, useRef, type ComponentProps, type ReactNode, type Ref } from 'react'
import { PartBoundary } from '@/components/part-boundary'
import { retryableLazy } from '@/components/retryable-lazy'
import { zh } from '@/i18n/zh'
import type { BulletChart } from './bullet-chart'
import { useChartTurn } from './chart-turns'
import type { GrowthCompareChart } from './growth-compare-chart'

// Chart code stays out of the first screen: every chart module is its own chunk (recharts only in the trend chart's),
// loaded after the cards render.
const bullet = retryableLazy<ComponentProps<typeof BulletChart>>(() =>
  import('./bullet-chart').then((m) => m.BulletChart),
)
const growth = retryableLazy<ComponentProps<typeof GrowthCompareChart>>(() =>
  import('./growth-compare-chart').then((m) => m.GrowthCompareChart),
)

const TrendModule = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })))

function ChartPlaceholder({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      role="status"
      style={{ minHeight: height }}
      className="flex items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-slate-500"
    >
      {zh.chartLoading}
    </div>
  )
}

// The placeholder until the chart's turn comes (chart-turns.ts), and while its code loads.
function ChartTurn({
  height,
  load,
  children,
}: {
  height: number
  load: () => Promise<unknown>
  children: ReactNode
}) {
  const placeholder = useRef<HTMLDivElement>(null)
  const drawn = useChartTurn(placeholder, load)
  const waiting = <ChartPlaceholder height={height} ref={placeholder} />
  return drawn ? <Suspense fallback={waiting}>{children}</Suspense> : waiting
}

export function LazyBulletChart(props: ComponentProps<typeof BulletChart>) {
  return (
    <PartBoundary part={zh.partError.chart(props.pair.target.name)} onRetry={bullet.forget}>
      <ChartTurn height={250} load={bullet.preload}>
        <bullet.Component {...props} />
      </ChartTurn>
    </PartBoundary>
  )
}

export function LazyGrowthCompareChart(props: ComponentProps<typeof GrowthCompareChart>) {
  return (
    <PartBoundary part={zh.partError.chart(zh.growthChartTitle)} onRetry={growth.forget}>
      <ChartTurn height={props.pairs.length * 64 + 120} load={growth.preload}>
        <growth.Component {...props} />
      </ChartTurn>
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
