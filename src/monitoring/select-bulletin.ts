import type { Dataset, ProgressEntry, Sector } from '@/data/dataset/schema'
import { monitoredItems, type Item } from './item'
import { statusesById, type StatusResult, type StatusSettings } from './status'
import { statusSchema, type Status } from './status'

// The 通报 as data: status counts per sector and overall, and the items a supervision office names.

export type BulletinItem = Item & { result: StatusResult }
export type StatusCounts = Record<Status, number> & { total: number }
export type ListedStatus = 'behind' | 'missed' | 'unreported'

export type BulletinData = {
  sectors: { sector: Sector; counts: StatusCounts }[]
  overall: StatusCounts
  targets: number
  tasks: number
  listed: Record<ListedStatus, BulletinItem[]>
}

const noCounts = (): StatusCounts => ({
  ...(Object.fromEntries(statusSchema.options.map((s) => [s, 0])) as Record<Status, number>),
  total: 0,
})

/** keep: the items the 通报 covers (its filters: sector, search, 牵头单位, 责任领导); all when absent */
export function selectBulletin(
  dataset: Dataset,
  entries: readonly ProgressEntry[],
  settings: StatusSettings,
  keep: (id: string) => boolean = () => true,
): BulletinData {
  const statuses = statusesById(
    dataset.indicators,
    dataset.tasks.map((t) => t.id),
    entries,
    settings,
  )
  const items: BulletinItem[] = monitoredItems(dataset)
    .filter((t) => keep(t.id))
    .map((t) => ({
      ...t,
      result: statuses.get(t.id) ?? { status: 'no_data' },
    }))
  const bySector = new Map<string, { sector: Sector; counts: StatusCounts }>()
  const overall = noCounts()
  for (const item of items) {
    const row = bySector.get(item.sector.id) ?? { sector: item.sector, counts: noCounts() }
    bySector.set(item.sector.id, row)
    for (const counts of [row.counts, overall]) {
      counts[item.result.status]++
      counts.total++
    }
  }
  const listed = (status: ListedStatus) => items.filter((i) => i.result.status === status)
  return {
    sectors: [...bySector.values()],
    overall,
    targets: items.filter((i) => i.indicator).length,
    tasks: items.filter((i) => !i.indicator).length,
    listed: { behind: listed('behind'), missed: listed('missed'), unreported: listed('unreported') },
  }
}
