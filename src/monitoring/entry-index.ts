import type { ProgressEntry } from '@/data/dataset/schema'

// Entries grouped by item and by as-of month, built once per entries list: the status rule, the item views and
// the import plan look an item (and a month) up instead of scanning every entry for each item.

type Entry = Pick<ProgressEntry, 'targetId' | 'asOf'>

export type EntryIndex<E extends Entry> = {
  /** One item's entries, in the list's order */
  ofItem: (itemId: string) => readonly E[]
  /** One item's entries for one as-of month (YYYY-MM), in the list's order */
  at: (itemId: string, asOf: string) => readonly E[]
}

const none: readonly never[] = []
// Keyed by the list itself: the store replaces its array on every change, so an index never goes stale.
const cache = new WeakMap<readonly Entry[], EntryIndex<Entry>>()

export function entryIndex<E extends Entry>(entries: readonly E[]): EntryIndex<E> {
  const cached = cache.get(entries)
  if (cached) return cached as EntryIndex<E>
  const byItem = new Map<string, E[]>()
  const byMonth = new Map<string, Map<string, E[]>>()
  for (const e of entries) {
    const list = byItem.get(e.targetId)
    if (list) list.push(e)
    else byItem.set(e.targetId, [e])
    let months = byMonth.get(e.targetId)
    if (!months) byMonth.set(e.targetId, (months = new Map<string, E[]>()))
    const month = months.get(e.asOf)
    if (month) month.push(e)
    else months.set(e.asOf, [e])
  }
  const index: EntryIndex<E> = {
    ofItem: (itemId) => byItem.get(itemId) ?? none,
    at: (itemId, asOf) => byMonth.get(itemId)?.get(asOf) ?? none,
  }
  cache.set(entries, index)
  return index
}
