import { useMemo } from 'react'
import { LazyGrowthCompareChart } from '@/charts/lazy-charts'
import { useDataset } from '@/data/dataset/use-dataset'
import { selectSectorCounts } from '@/data/select/select-counts'
import { selectGrowthPairs, selectHeadlines, selectPairs } from '@/data/select/select-pairs'
import { useStatuses } from '@/stores/use-statuses'
import { HeadlineCards } from './headline-cards'
import { SectorCounts } from './sector-counts'
import { StatusOverview } from './status-overview'

// Where the county stands: headline cards first (no chart library needed), then the growth chart and counts.
export function Overview() {
  const data = useDataset()
  const statuses = useStatuses()
  const { headlines, growth, counts } = useMemo(() => {
    return {
      headlines: selectHeadlines(data.indicators),
      growth: selectGrowthPairs(selectPairs(data.indicators)),
      counts: selectSectorCounts(data),
    }
  }, [data])
  return (
    <div className="flex flex-col gap-4">
      <HeadlineCards headlines={headlines} statuses={statuses} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        {growth.length > 0 && <LazyGrowthCompareChart pairs={growth} />}
        <div className="flex flex-col gap-4">
          <StatusOverview />
          <SectorCounts rows={counts} />
        </div>
      </div>
    </div>
  )
}
