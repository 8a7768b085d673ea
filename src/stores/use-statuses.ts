import { useMemo } from 'react'
import { useDataset } from '@/data/dataset/use-dataset'
import {
  frequenciesOf,
  nodeValuesOf,
  statusesById,
  type StatusResult,
  type StatusSettings,
} from '@/monitoring/status'
import { useUrlValue } from '@/data/url-state'
import { defaultPeriod, periodMonth, type Period } from '@/monitoring/period'
import { useAssignments } from './use-assignments'
import { useDueDay, useTolerancePp } from './use-monitor-settings'
import { useEntries } from './use-progress'

// Status flows from one place: the dataset's targets × the recorded entries × 本期 and the settings, by status.ts.

/** The default 本期 right now: the calendar and the 报送截止日 only, never the records (period.ts) */
export function useDefaultPeriod(): Period {
  const dueDay = useDueDay()
  return useMemo(() => defaultPeriod(new Date(), dueDay), [dueDay])
}

/** 本期 in force: ?period= when set, else the default */
export function usePeriod(): Period {
  const chosen = useUrlValue('period')
  const fallback = useDefaultPeriod()
  return chosen || fallback
}

/** The month of 本期 (1–12) */
export function useEvaluationMonth(): number {
  return periodMonth(usePeriod())
}

/** 本期, the tolerance, and each item's 报送频次 and 节点目标 from the 任务分解 */
export function useStatusSettings(): StatusSettings {
  const month = useEvaluationMonth()
  const tolerancePp = useTolerancePp()
  const assignments = useAssignments()
  const frequencies = useMemo(() => frequenciesOf(assignments), [assignments])
  const nodes = useMemo(() => nodeValuesOf(assignments), [assignments])
  return useMemo(() => ({ month, tolerancePp, frequencies, nodes }), [month, tolerancePp, frequencies, nodes])
}

/** The status of every 2023 target and task, keyed by id (needs the dataset loaded: use inside DatasetGate) */
export function useStatuses(): ReadonlyMap<string, StatusResult> {
  const data = useDataset()
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
