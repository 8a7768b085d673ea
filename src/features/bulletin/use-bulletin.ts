import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { selectBulletin } from '@/monitoring/select-bulletin'
import { useDueDay, useTolerancePp } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { useEvaluationMonth, useStatusSettings } from '@/stores/use-statuses'

// The 通报 as of 本期 (?period=, or the default 本期), with the tolerance the progress tab uses.
export function useBulletin() {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const tolerancePp = useTolerancePp()
  const dueDay = useDueDay()
  const month = useEvaluationMonth()
  const settings = useStatusSettings()
  const bulletin = useMemo(() => selectBulletin(data, entries, settings), [data, entries, settings])
  return { bulletin, month, tolerancePp, dueDay }
}
