import { useMemo } from 'react'
import { useDataset } from '@/data/dataset/use-dataset'
import { monitoredItems } from '@/monitoring/item'
import { chaseAt, type Chase } from '@/monitoring/chase'
import { useAssignments } from './use-assignments'
import { useDueDay } from './use-monitor-settings'
import { useEntries } from './use-progress'
import { usePeriod, useStatuses } from './use-statuses'

/** 未报送 and 逾期报送 units at 本期, for the 催报 list and the 通报 alike (needs the dataset: inside DatasetGate) */
export function useChase(): Chase & { period: string; dueDay: number } {
  const data = useDataset()
  const items = useMemo(() => monitoredItems(data), [data])
  const assignments = useAssignments()
  const entries = useEntries()
  const period = usePeriod()
  const dueDay = useDueDay()
  const statuses = useStatuses()
  return useMemo(
    () => ({ ...chaseAt(items, statuses, assignments, entries, period, dueDay), period, dueDay }),
    [items, statuses, assignments, entries, period, dueDay],
  )
}
