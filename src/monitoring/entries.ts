import type { ProgressEntry } from '@/data/dataset/schema'
import { entryIndex } from './entry-index'

// The pure side of the progress store: the selectors and merges over its entries (stored-records.ts reads them back).

export type EntriesState = { entries: ProgressEntry[] }

/** One item's entries, newest as-of month first (the later recording first within a month) */
export function itemEntries(entries: readonly ProgressEntry[], itemId: string): ProgressEntry[] {
  return [...entryIndex(entries).ofItem(itemId)].sort(
    (a, b) => b.asOf.localeCompare(a.asOf) || b.recordedAt.localeCompare(a.recordedAt),
  )
}

/** Adds incoming entries; one with an existing id replaces it, so a re-import never duplicates */
export function entriesMerged(current: readonly ProgressEntry[], incoming: readonly ProgressEntry[]) {
  const byId = new Map(incoming.map((e) => [e.id, e]))
  const replaced = current.filter((e) => byId.has(e.id)).length
  return {
    entries: [...current.filter((e) => !byId.has(e.id)), ...byId.values()],
    added: byId.size - replaced,
    replaced,
  }
}
