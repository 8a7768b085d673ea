import type { Indicator, Sector, Dataset, Task } from '@/data/dataset/schema'
import { selectItemGroups } from './item-groups'

// What progress can be recorded against, as one list: every 2023 target indicator and task, in report order.

/** An item under monitoring: a 2023 target (with its indicator) or a task (without) */
export type Item = {
  id: string
  name: string
  sector: Sector
  /** Set for a target indicator; a task has none */
  indicator?: Indicator
}

/** What a row needs of an item when its sector is known from where it is shown */
export type ItemBasics = Pick<Item, 'id' | 'name' | 'indicator'>

export const indicatorItem = (i: Indicator, sector: Sector): Item => ({
  id: i.id,
  name: i.name,
  sector,
  indicator: i,
})
export const taskItem = (t: Task, sector: Sector): Item => ({ id: t.id, name: t.name, sector })

export function monitoredItems(dataset: Dataset): Item[] {
  return selectItemGroups(dataset).flatMap(({ sector, targets, tasks }) => [
    ...targets.map((i) => indicatorItem(i, sector)),
    ...tasks.map((t) => taskItem(t, sector)),
  ])
}
