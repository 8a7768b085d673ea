import { useMemo } from 'react'
import { create } from 'zustand'
import type { ProgressEntry } from '@/data/dataset/schema'
import { itemEntries } from '@/monitoring/entries'
import type { TaskDraft, ValueDraft } from '@/monitoring/entry-input'
import { activeLedger, storageReloaded } from './ledger/active-ledger'
import {
  done,
  failed,
  unversioned,
  type LedgerEntry,
  type Outcome,
  type Versioned,
} from './ledger/ledger-port'
import { mirrorCollection } from './ledger/mirror'
import { newId } from '@/lib/new-id'

// The progress entries officials record, as the active ledger (this browser, or the server) holds them. Every
// action answers with an Outcome: the list changes only after the ledger has really kept the change.

export { PROGRESS_STORAGE_KEY, PROGRESS_STORE_VERSION } from './ledger/storage-keys'

export type StoredEntry = LedgerEntry
// Versions live beside the entries, so exports and comparisons see the exchange shape only.
type State = { entries: StoredEntry[]; versions: ReadonlyMap<string, string> }
export type EntryDraft = ValueDraft | TaskDraft

// The ledger's refusals, in Chinese: read only when a change is refused, so not with the first screen.
const words = async () => (await import('@/i18n/zh-ledger')).zhLedger

const useProgressStore = create<State>()(() => ({ entries: [], versions: new Map() }))
const refresh = mirrorCollection(
  (ledger) => ledger.entries,
  (list) => {
    // Nothing kept and nothing shown (a first visit): the same empty list stays, so no status is worked out again.
    if (list.length === 0 && useProgressStore.getState().entries.length === 0) return
    useProgressStore.setState({
      entries: list.map((e) => unversioned<LedgerEntry>(e)),
      versions: new Map(list.map((e) => [e.id, e.version])),
    })
  },
)

// The import worker makes ids too, so the maker lives in lib.
export { newId }

const now = () => new Date().toISOString()
// The entry schema (zod) loads with the first change, not with the first screen.
const entrySchema = async () => (await import('@/data/dataset/schema')).progressEntrySchema

// ── Hooks: atomic selectors ──

export const useEntries = (): readonly StoredEntry[] => useProgressStore((s) => s.entries)

/** One item's entries, newest as-of month first */
export function useItemEntries(itemId: string): StoredEntry[] {
  const entries = useEntries()
  return useMemo(() => itemEntries(entries, itemId), [entries, itemId])
}

/** Outside React (exports, imports): the entries as they are now */
export const getEntries = (): readonly StoredEntry[] => useProgressStore.getState().entries

const find = (id: string) => getEntries().find((e) => e.id === id)
/** The version an edit or delete of this entry must name */
export const entryVersion = (id: string) => useProgressStore.getState().versions.get(id)

/** Shows a kept entry: replaced in place when it was there, else added at the end */
function kept({ version, ...entry }: Versioned<LedgerEntry>) {
  useProgressStore.setState((s) => ({
    entries: s.entries.some((e) => e.id === entry.id)
      ? s.entries.map((e) => (e.id === entry.id ? entry : e))
      : [...s.entries, entry],
    versions: new Map(s.versions).set(entry.id, version),
  }))
}

// ── Actions, named after what happened ──

export async function entryRecorded(draft: EntryDraft): Promise<Outcome<Versioned<LedgerEntry>>> {
  const entry = (await entrySchema()).parse({ ...draft, id: newId(), recordedAt: now() })
  const saved = await (await activeLedger()).entries.put(entry)
  if (saved.ok) kept(saved.value)
  return saved
}

/** Replaces an entry's content, keeping its id; answers with the version before, for 撤销 */
export async function entryEdited(
  id: string,
  draft: EntryDraft,
  version?: string,
): Promise<Outcome<StoredEntry>> {
  const before = find(id)
  if (!before) return failed('not_found', (await words()).notFound)
  const after = (await entrySchema()).parse({ ...draft, id, recordedAt: now() })
  const saved = await (await activeLedger()).entries.put(after, version ?? entryVersion(id))
  if (!saved.ok) return saved
  kept(saved.value)
  return done(before)
}

/** Answers with the deleted entry, for 撤销 */
export async function entryDeleted(id: string): Promise<Outcome<StoredEntry>> {
  const entry = find(id)
  if (!entry) return failed('not_found', (await words()).notFound)
  const removed = await (await activeLedger()).entries.remove(id, entryVersion(id) ?? '')
  if (!removed.ok) return removed
  useProgressStore.setState((s) => {
    const versions = new Map(s.versions)
    versions.delete(id)
    return { entries: s.entries.filter((e) => e.id !== id), versions }
  })
  return done(entry)
}

/** Puts an entry back exactly as it was (undo of a delete or an edit) */
export async function entryRestored(entry: ProgressEntry): Promise<Outcome<StoredEntry>> {
  const valid = (await entrySchema()).parse(entry)
  const saved = await (await activeLedger()).entries.put(valid, entryVersion(valid.id))
  if (saved.ok) kept(saved.value)
  return saved
}

/** Adds already-validated entries in one write; an entry with an existing id replaces it */
export async function entriesImported(
  entries: readonly ProgressEntry[],
): Promise<Outcome<{ added: number; replaced: number }>> {
  const schema = await entrySchema()
  const valid = entries.map((e) => schema.parse(e))
  const saved = await (await activeLedger()).entries.putMany(valid)
  if (saved.ok) await refresh()
  return saved
}

/** Reads the store again from browser storage (another tab, or a test that seeded storage) */
export async function progressReloaded() {
  storageReloaded()
  await refresh()
}
