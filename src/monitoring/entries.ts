import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import { entryIndex } from './entry-index'
import { keepValid } from './keep-valid'

// The pure side of the progress store: reading stored entries back, and the selectors and merges over them.

export type EntriesState = { entries: ProgressEntry[] }

/** v0 (the pre-release prototype) kept entries grouped under their target: { entries: { [targetId]: [...] } } */
export function migrateEntries(stored: unknown, fromVersion: number): unknown {
  if (fromVersion === 0 && stored && typeof stored === 'object' && 'entries' in stored) {
    const grouped = stored.entries
    if (grouped && typeof grouped === 'object' && !Array.isArray(grouped))
      return {
        entries: Object.entries(grouped).flatMap(([targetId, list]: [string, unknown]) =>
          (Array.isArray(list) ? (list as unknown[]) : [list]).map((e) =>
            e && typeof e === 'object' ? { ...e, targetId } : e,
          ),
        ),
      }
  }
  return stored
}

/** Keeps every entry that parses (first of a repeated id); the rest go aside with the reason */
export function validateEntries(stored: unknown) {
  const { kept, rejected } = keepValid(stored, 'entries', {
    schema: progressEntrySchema,
    key: (e) => e.id,
    missing: '缺少记录列表 entries',
  })
  return { state: { entries: kept }, rejected }
}

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
