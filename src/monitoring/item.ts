import type { Indicator, Sector, Dataset } from '@/data/dataset/schema'
import { selectProgressGroups } from './item-groups'

// What progress can be recorded against, as one list: every 2023 target indicator and task, in report order.

export type MonitoredTarget = {
  id: string
  name: string
  sector: Sector
  /** Set for a target indicator; a task has none */
  indicator?: Indicator
}

export function monitoredTargets(dataset: Dataset): MonitoredTarget[] {
  return selectProgressGroups(dataset).flatMap(({ sector, targets, tasks }) => [
    ...targets.map((i) => ({ id: i.id, name: i.name, sector, indicator: i })),
    ...tasks.map((t) => ({ id: t.id, name: t.name, sector })),
  ])
}
