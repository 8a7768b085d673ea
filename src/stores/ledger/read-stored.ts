import { zhStorageIssue } from '@/i18n/zh-storage-issue'
import { storageIssueReported, type StorageIssueReason } from '../use-storage-issues'
import type { Outcome } from './ledger-port'
import { setAside } from './set-aside'

// Reads one stored document's text as untrusted input, wherever it was kept (localStorage or IndexedDB): whatever
// cannot be used is copied aside (verified) and announced; without a verified copy the original stays, read-only.

const t = zhStorageIssue

/** One stored state of the browser ledger, in localStorage (local-document.ts) or IndexedDB (idb-document.ts) */
export type BrowserDocument<P> = {
  readonly key: string
  /** The state as last read or written; the empty state until loaded() */
  read: () => P
  /** Why this copy must not write, if it must not */
  readOnly: () => string | undefined
  /** False while the stored copy is still being read (IndexedDB answers asynchronously) */
  loaded: () => boolean
  whenLoaded: () => Promise<void>
  /** Applies the change to the stored state as it is now; answers only once it is really kept */
  update: (change: (current: P) => Outcome<P>) => Promise<Outcome<P>>
  /** Reads storage again (another tab wrote it, or a test seeded it) and tells the subscribers */
  reload: () => void
  subscribe: (onChange: () => void) => () => void
}

export type DocumentConfig<P> = {
  key: string
  version: number
  empty: () => P
  /** Upgrades an older stored shape; may return anything, validate() decides what survives */
  migrate: (stored: unknown, fromVersion: number) => unknown
  /** Keeps what is valid, returns the rest as rejected */
  validate: (stored: unknown) => { state: P; rejected: unknown[] }
}

/** What was read, why this copy must not write (if so), and what the store must do with its text next */
export type ReadResult<P> = { state: P; readOnly?: string; then?: 'remove' | 'rewrite' }

export const storedText = <P>(config: DocumentConfig<P>, state: P) =>
  JSON.stringify({ state, version: config.version })

export function readStored<P>(config: DocumentConfig<P>, raw: string | null): ReadResult<P> {
  const { key } = config
  const empty = config.empty()
  const what = t.stores[key] ?? key
  const report = (
    reason: StorageIssueReason,
    extra: { text?: string; setAsideKey?: string; count?: number },
  ) => {
    storageIssueReported({ store: key, reason, format: 'json', ...extra })
  }
  if (raw === null) return { state: empty }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = undefined
  }
  if (!parsed || typeof parsed !== 'object' || !('state' in parsed)) {
    const copy = setAside(key, raw)
    const format = parsed === undefined ? 'txt' : 'json'
    if (!copy) {
      storageIssueReported({ store: key, reason: 'unreadable_not_kept', text: raw, format })
      return { state: empty, readOnly: t.unreadable_not_kept(what) }
    }
    storageIssueReported({ store: key, reason: 'unreadable', text: raw, format, setAsideKey: copy })
    return { state: empty, then: 'remove' } // its verified copy holds it now
  }
  const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : 0
  if (version > config.version) {
    report('newer_version', { text: raw })
    return { state: empty, readOnly: t.newer_version(what) }
  }
  let migrated: unknown
  try {
    migrated = config.migrate(parsed.state, version)
  } catch {
    migrated = parsed.state // validate() sets aside whatever the failed migration could not shape
  }
  const { state, rejected } = config.validate(migrated)
  if (!rejected.length)
    // An older version is stored as the current one from now on.
    return version < config.version ? { state, then: 'rewrite' } : { state }
  const text = JSON.stringify(rejected, null, 2)
  const copy = setAside(key, text)
  if (!copy) {
    report('invalid_not_kept', { text, count: rejected.length })
    return { state, readOnly: t.invalid_not_kept(what, rejected.length) }
  }
  report('invalid_records', { text, setAsideKey: copy, count: rejected.length })
  // Write the cleaned state now, so the same problem is not set aside and announced on every load.
  return { state, then: 'rewrite' }
}
