import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset-query'
import { selectReport } from '@/data/select-report'
import { useDueDay, useTolerancePp } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { useEvaluationMonth, useStatusSettings } from '@/stores/use-statuses'

// The 通报 as of 本期 (?period=, or the default 本期), with the tolerance the progress tab uses.
export function useReport() {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const tolerancePp = useTolerancePp()
  const dueDay = useDueDay()
  const month = useEvaluationMonth()
  const settings = useStatusSettings()
  const report = useMemo(() => selectReport(data, entries, settings), [data, entries, settings])
  return { report, month, tolerancePp, dueDay }
}
