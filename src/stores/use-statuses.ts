import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset-query'
import {
  defaultEvaluationMonth,
  monthOf,
  statusesById,
  type StatusResult,
  type StatusSettings,
} from '@/data/status'
import { useEvaluationMonthSetting, useTolerancePp } from './use-monitor-settings'
import { useEntries } from './use-progress'

// Status flows from one place: the dataset's targets × the recorded entries × the settings, by status.ts.

/** What 自动 means right now (status.ts: defaultEvaluationMonth) */
export function useDefaultEvaluationMonth(): number {
  const entries = useEntries()
  return useMemo(() => defaultEvaluationMonth(entries, new Date()), [entries])
}

/** The evaluation month in force (1–12): the 评估日期 setting, or the default rule when it is 自动 */
export function useEvaluationMonth(): number {
  const setting = useEvaluationMonthSetting()
  const fallback = useDefaultEvaluationMonth()
  return setting === 'auto' ? fallback : monthOf(setting)
}

export function useStatusSettings(): StatusSettings {
  const month = useEvaluationMonth()
  const tolerancePp = useTolerancePp()
  return useMemo(() => ({ month, tolerancePp }), [month, tolerancePp])
}

/** The status of every 2023 target and task, keyed by id (needs the dataset loaded: use inside DatasetGate) */
export function useStatuses(): ReadonlyMap<string, StatusResult> {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const settings = useStatusSettings()
  return useMemo(
    () =>
      statusesById(
        data.indicators,
        data.tasks.map((t) => t.id),
        entries,
        settings,
      ),
    [data, entries, settings],
  )
}
