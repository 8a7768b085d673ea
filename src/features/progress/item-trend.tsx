import { useMemo } from 'react'
import { LazyTrendChart } from '@/charts/lazy-charts'
import type { Indicator } from '@/data/dataset/schema'
import { trendOf } from '@/monitoring/trend'
import { useAssignment } from '@/stores/use-assignments'
import { useItemEntries } from '@/stores/use-progress'

// 进度走势 of one target: its months against 序时进度 (or the 任务分解's node targets) and the year target.
export function ItemTrend({ indicator }: { indicator: Indicator }) {
  const entries = useItemEntries(indicator.id)
  const nodes = useAssignment(indicator.id)?.nodes
  const trend = useMemo(() => trendOf(indicator, entries, nodes), [indicator, entries, nodes])
  if (trend.points === 0) return null
  return (
    <div className="mt-3">
      <LazyTrendChart indicator={indicator} trend={trend} />
    </div>
  )
}
