import { useMemo } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import type { TaskDraft, ValueDraft } from '@/monitoring/entry-input'
import { followOtherTabs, persistSafely } from './persist-safely'

// The progress entries officials record, kept in this browser; the app's only user-owned data.

export const PROGRESS_STORAGE_KEY = 'qidong-targets.progress'
export const PROGRESS_STORE_VERSION = 1

type State = { entries: ProgressEntry[] }
export type EntryDraft = ValueDraft | TaskDraft

const initial = (): State => ({ entries: [] })

/** v0 (the pre-release prototype) kept entries grouped under their target: { entries: { [targetId]: [...] } } */
function migrate(stored: unknown, fromVersion: number): unknown {
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
export function validateProgress(stored: unknown) {
  const list: unknown =
    stored && typeof stored === 'object' && 'entries' in stored ? stored.entries : undefined
  if (!Array.isArray(list))
    return { state: initial(), rejected: [{ record: stored, problem: '缺少记录列表 entries' }] }
  const entries: ProgressEntry[] = []
  const rejected: { record: unknown; problem: string }[] = []
  const seen = new Set<string>()
  for (const record of list) {
    const parsed = progressEntrySchema.safeParse(record)
    if (!parsed.success) {
      const problem = parsed.error.issues.map((i) => `${i.path.join('.') || '记录'}：${i.message}`).join('；')
      rejected.push({ record, problem })
    } else if (seen.has(parsed.data.id)) rejected.push({ record, problem: `编号重复：${parsed.data.id}` })
    else {
      seen.add(parsed.data.id)
      entries.push(parsed.data)
    }
  }
  return { state: { entries }, rejected }
}

const useProgressStore = create<State>()(
  persist(
    initial,
    persistSafely(initial, {
      name: PROGRESS_STORAGE_KEY,
      version: PROGRESS_STORE_VERSION,
      partialize: (s) => ({ entries: s.entries }),
      migrate,
      validate: validateProgress,
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

/** One target's entries, newest as-of month first */
export function useTargetEntries(targetId: string): ProgressEntry[] {
  const entries = useEntries()
  return useMemo(
    () =>
      entries
        .filter((e) => e.targetId === targetId)
        .sort((a, b) => b.asOf.localeCompare(a.asOf) || b.recordedAt.localeCompare(a.recordedAt)),
    [entries, targetId],
  )
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
  const incoming = new Map(entries.map((e) => [e.id, progressEntrySchema.parse(e)]))
  const current = getEntries()
  const replaced = current.filter((e) => incoming.has(e.id)).length
  useProgressStore.setState({
    entries: [...current.filter((e) => !incoming.has(e.id)), ...incoming.values()],
  })
  return { added: incoming.size - replaced, replaced }
}

/** Reads the store again from browser storage (another tab, or a test that seeded storage) */
export const progressReloaded = () => useProgressStore.persist.rehydrate()
