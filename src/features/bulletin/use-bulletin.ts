import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { selectBulletin } from '@/monitoring/select-bulletin'
import { periodMonth } from '@/monitoring/period'
import { useDueDay, useTolerancePp } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { useDefaultPeriod, useEvaluationMonth } from '@/stores/use-statuses'

// The 通报 as of 本期 (?period=, or the default 本期), with the tolerance the progress tab uses.
export function useBulletin() {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const tolerancePp = useTolerancePp()
  const dueDay = useDueDay()
  const month = useEvaluationMonth()
  const defaultMonth = periodMonth(useDefaultPeriod())
  const bulletin = useMemo(
    () => selectBulletin(data, entries, { month, tolerancePp }),
    [data, entries, month, tolerancePp],
  )
  return { bulletin, month, defaultMonth, tolerancePp, dueDay }
}
