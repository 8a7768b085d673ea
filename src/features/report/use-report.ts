import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset-query'
import { selectReport } from '@/data/select-report'
import { useUrlValue } from '@/data/url-state'
import { useTolerancePp } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { useEvaluationMonth } from '@/stores/use-statuses'

// The 通报 as of ?month= (or the evaluation month in force), with the tolerance the progress tab uses.
export function useReport() {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const tolerancePp = useTolerancePp()
  const evaluationMonth = useEvaluationMonth()
  const chosen = useUrlValue('month')
  const month = chosen ? Number(chosen) : evaluationMonth
  const report = useMemo(
    () => selectReport(data, entries, { month, tolerancePp }),
    [data, entries, month, tolerancePp],
  )
  return { report, month, evaluationMonth, tolerancePp }
}
