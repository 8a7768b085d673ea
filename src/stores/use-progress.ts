import { useMemo } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import {
  entriesMerged,
  itemEntries,
  migrateEntries,
  validateEntries,
  type EntriesState,
} from '@/monitoring/entries'
import type { TaskDraft, ValueDraft } from '@/monitoring/entry-input'
import { followOtherTabs, persistSafely } from './persist-safely'

// The progress entries officials record, kept in this browser; the app's only user-owned data.

export const PROGRESS_STORAGE_KEY = 'qidong-targets.progress'
export const PROGRESS_STORE_VERSION = 1

type State = EntriesState
export type EntryDraft = ValueDraft | TaskDraft

const initial = (): State => ({ entries: [] })

const useProgressStore = create<State>()(
  persist(
    initial,
    persistSafely(initial, {
      name: PROGRESS_STORAGE_KEY,
      version: PROGRESS_STORE_VERSION,
      partialize: (s) => ({ entries: s.entries }),
      migrate: migrateEntries,
      validate: validateEntries,
    }),
  ),
)

followOtherTabs(PROGRESS_STORAGE_KEY, () => useProgressStore.persist.rehydrate())

// Random ids without crypto.randomUUID, which an intranet served over plain http does not have.
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `e-${Date.now().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

const now = () => new Date().toISOString()

// ── Hooks: atomic selectors ──

export const useEntries = (): readonly ProgressEntry[] => useProgressStore((s) => s.entries)

/** One item's entries, newest as-of month first */
export function useItemEntries(itemId: string): ProgressEntry[] {
  const entries = useEntries()
  return useMemo(() => itemEntries(entries, itemId), [entries, itemId])
}

/** Outside React (exports, imports): the entries as they are now */
export const getEntries = (): readonly ProgressEntry[] => useProgressStore.getState().entries

// ── Actions, named after what happened ──

export function entryRecorded(draft: EntryDraft): ProgressEntry {
  const entry = progressEntrySchema.parse({ ...draft, id: newId(), recordedAt: now() })
  useProgressStore.setState((s) => ({ entries: [...s.entries, entry] }))
  return entry
}

/** Replaces an entry's content, keeping its id; returns the version before, for 撤销 */
export function entryEdited(id: string, draft: EntryDraft): ProgressEntry | undefined {
  const before = getEntries().find((e) => e.id === id)
  if (!before) return undefined
  const after = progressEntrySchema.parse({ ...draft, id, recordedAt: now() })
  useProgressStore.setState((s) => ({ entries: s.entries.map((e) => (e.id === id ? after : e)) }))
  return before
}

/** Returns the deleted entry, for 撤销 */
export function entryDeleted(id: string): ProgressEntry | undefined {
  const entry = getEntries().find((e) => e.id === id)
  if (entry) useProgressStore.setState((s) => ({ entries: s.entries.filter((e) => e.id !== id) }))
  return entry
}

/** Puts an entry back exactly as it was (undo of a delete or an edit) */
export function entryRestored(entry: ProgressEntry) {
  const valid = progressEntrySchema.parse(entry)
  useProgressStore.setState((s) => ({ entries: [...s.entries.filter((e) => e.id !== valid.id), valid] }))
}

/** Adds already-validated entries; an entry with an existing id replaces it */
export function entriesImported(entries: readonly ProgressEntry[]): { added: number; replaced: number } {
  const merged = entriesMerged(
    getEntries(),
    entries.map((e) => progressEntrySchema.parse(e)),
  )
  useProgressStore.setState({ entries: merged.entries })
  return { added: merged.added, replaced: merged.replaced }
}

/** Reads the store again from browser storage (another tab, or a test that seeded storage) */
export const progressReloaded = () => useProgressStore.persist.rehydrate()
