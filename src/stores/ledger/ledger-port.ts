import type { MonitorSettings, ProgressEntry } from '@/data/dataset/schema'
import type { IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import type { OfficeSettings } from '@/monitoring/office-settings'
import type { Assignment, Leader, Unit, UnitKind } from '@/monitoring/responsibility'
import type { SupervisionNotice } from '@/monitoring/supervision'

// The one storage boundary: the app talks to a Ledger; the browser and the server each implement it.

export type FailureCode =
  | 'storage_full' // the browser store has no room left
  | 'storage_blocked' // the browser refuses storage (policy, private mode)
  | 'read_only' // this copy must not write (a newer version's store, or an original that could not be set aside)
  | 'conflict' // the record changed since it was read (a stale version)
  | 'issue_taken' // another issued 通报 holds this 期数 in its year
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'invalid'
  | 'rate_limited'
  | 'network'
  | 'server'

/** A refused write, in Chinese; a conflict carries the version that is stored now, so the user can choose */
export type Failure = { code: FailureCode; message: string; current?: unknown }
export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure }

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value })
export const failed = (code: FailureCode, message: string, current?: unknown): Outcome<never> => ({
  ok: false,
  failure: { code, message, ...(current !== undefined && { current }) },
})

/** A stored record with the version a later edit or delete must name (HTTP If-Match) */
export type Versioned<T> = T & { version: string }

/**
 * One kind of record, keyed (entries by id, assignments by itemId, 通报 snapshots by id). Every write answers
 * with an Outcome: nothing is claimed saved that was not.
 */
export interface Collection<T> {
  /** What the adapter holds without waiting (browser storage), or undefined when it must ask (server) */
  peek(): Versioned<T>[] | undefined
  list(): Promise<Outcome<Versioned<T>[]>>
  /** Creates (no version), or replaces the record with the same key when `version` is the stored one */
  put(record: T, version?: string): Promise<Outcome<Versioned<T>>>
  remove(key: string, version: string): Promise<Outcome<undefined>>
  /** All or nothing (an import is one transaction); a record with an existing key replaces it */
  putMany(records: readonly T[]): Promise<Outcome<{ added: number; replaced: number }>>
  /** Another tab or another user changed the collection; returns the unsubscribe */
  subscribe(onChange: () => void): () => void
}

/** Where an entry stands in review (server only; the browser has no review) */
export type Review = {
  status: 'pending' | 'approved' | 'returned'
  reason?: string
  by?: string
  at?: string
}

/** An entry as stored: the exchange fields plus, on the server, its review and who recorded it (姓名（单位）) */
export type LedgerEntry = ProgressEntry & { review?: Review; recordedBy?: string }

/** One record of settings; `version` is absent while nothing was ever saved (the defaults are shown) */
export type Kept<T> = { value: T; version?: string }

export interface StoredDocument<T> {
  peek(): Kept<T> | undefined
  read(): Promise<Outcome<Kept<T>>>
  /** Saves when `version` is the stored one (absent: only if nothing was saved yet, on the server) */
  write(value: T, version?: string): Promise<Outcome<Kept<T>>>
  subscribe(onChange: () => void): () => void
}

export type Directory = { units: Unit[]; leaders: Leader[] }

/** An imported 分解表: the units and leaders it names that are not listed yet, and its assignments */
export type ResponsibilityImport = {
  units: readonly Unit[]
  leaders: readonly Leader[]
  assignments: readonly Assignment[]
  /** The version of each item's assignment the preview showed (absent: the item had none) */
  versions: ReadonlyMap<string, string>
}

/** The 单位名录 and the 责任领导: a rename reaches every assignment that names the unit, as one change */
export interface DirectoryPort {
  peek(): Directory | undefined
  list(): Promise<Outcome<Directory>>
  unitAdded(unit: { name: string; kind: UnitKind }): Promise<Outcome<Unit>>
  unitChanged(
    name: string,
    change: { name?: string; kind?: UnitKind; retired?: boolean },
  ): Promise<Outcome<Unit>>
  leaderSaved(leader: Leader): Promise<Outcome<Leader>>
  leaderRemoved(name: string): Promise<Outcome<undefined>>
  /** All or nothing; on the server a stale version refuses the whole import */
  imported(batch: ResponsibilityImport): Promise<Outcome<{ added: number; replaced: number }>>
  subscribe(onChange: () => void): () => void
}

export type Ledger = {
  mode: 'browser' | 'server'
  entries: Collection<LedgerEntry>
  assignments: Collection<Assignment>
  directory: DirectoryPort
  /** 往期通报: issued snapshots, kept once and never replaced or removed */
  bulletins: Collection<IssuedBulletin>
  /** Issued 督办单, kept once like the 通报 */
  supervisions: Collection<SupervisionNotice>
  /** 发文机关 and 预警规则 */
  office: StoredDocument<OfficeSettings>
  /** Tolerance and 报送截止日 */
  monitor: StoredDocument<MonitorSettings>
}

/** The record as the app and the exchange formats know it, without the port's version */
export function unversioned<T>(record: Versioned<T> | T): T {
  if (!record || typeof record !== 'object' || !('version' in record)) return record
  const copy = { ...record } as { version?: unknown }
  delete copy.version
  return copy as T
}
