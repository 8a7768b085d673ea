import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware'
import { setAside } from './ledger/set-aside'
import { storageIssueReported, type StorageIssueReason } from './use-storage-issues'

// Persisted state is untrusted input: whatever cannot be read is copied aside and announced, never thrown.

export type Recovered<P> = { state: P; rejected: unknown[] }

type Config<S, P> = {
  name: string
  version: number
  partialize: (state: S) => P
  /** Upgrades an older stored shape; may return anything, validate() decides what survives */
  migrate: (stored: unknown, fromVersion: number) => unknown
  /** Keeps what is valid, returns the rest as rejected */
  validate: (stored: unknown) => Recovered<P>
}

function setAsideVerified(
  store: string,
  reason: StorageIssueReason,
  text: string,
  format: 'json' | 'txt',
  count?: number,
) {
  const key = setAside(store, text)
  storageIssueReported({
    store,
    reason: key ? reason : reason === 'unreadable' ? 'unreadable_not_kept' : 'invalid_not_kept',
    text,
    format,
    ...(key && { setAsideKey: key }),
    ...(count && { count }),
  })
  return key !== undefined
}

/** Set when this copy must not write: a newer version's store, or an original whose copy could not be kept */
type Guard = { readOnly: boolean }

function storage<P>(name: string, guard: Guard): PersistStorage<P> {
  return {
    getItem(key) {
      let raw: string | null
      try {
        raw = localStorage.getItem(key)
      } catch {
        return null // storage blocked (private mode policies): start empty, writes report the problem
      }
      if (raw === null) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        parsed = undefined
      }
      if (parsed && typeof parsed === 'object' && 'state' in parsed) return parsed as StorageValue<P>
      // Copy it aside before the next write overwrites it, then stop reading it on every load; without a
      // verified copy the original stays and nothing overwrites it.
      if (setAsideVerified(name, 'unreadable', raw, parsed === undefined ? 'txt' : 'json'))
        localStorage.removeItem(key)
      else guard.readOnly = true
      return null
    },
    setItem(key, value) {
      if (guard.readOnly) return
      try {
        localStorage.setItem(key, JSON.stringify(value))
      } catch {
        storageIssueReported({ store: name, reason: 'write_failed' })
      }
    },
    removeItem(key) {
      try {
        localStorage.removeItem(key)
      } catch {
        // nothing stored, nothing lost
      }
    },
  }
}

const NEWER = Symbol('newer version')

export function persistSafely<S extends object, P extends Partial<S>>(
  initial: () => S,
  config: Config<S, P>,
): PersistOptions<S, unknown> {
  const guard: Guard = { readOnly: false }
  const store = storage<unknown>(config.name, guard)
  return {
    name: config.name,
    version: config.version,
    storage: store,
    partialize: config.partialize,
    migrate(stored, fromVersion) {
      if (fromVersion > config.version) {
        // Never reset a newer version's store: leave it as it is and stop writing.
        guard.readOnly = true
        storageIssueReported({
          store: config.name,
          reason: 'newer_version',
          text: JSON.stringify({ state: stored, version: fromVersion }),
          format: 'json',
        })
        return NEWER
      }
      try {
        return config.migrate(stored, fromVersion)
      } catch {
        return stored // validate() sets aside whatever the failed migration could not shape
      }
    },
    merge(stored, current) {
      // An absent store means empty, also on a rehydrate after another tab cleared it.
      const empty = config.partialize(initial())
      if (stored === undefined) return { ...current, ...empty }
      const { state, rejected } = stored === NEWER ? { state: empty, rejected: [] } : config.validate(stored)
      if (rejected.length) {
        const json = JSON.stringify(rejected, null, 2)
        if (!setAsideVerified(config.name, 'invalid_records', json, 'json', rejected.length))
          guard.readOnly = true
      }
      // Write the cleaned state now, so the same problem is not set aside and announced on every load.
      if (rejected.length) store.setItem(config.name, { state, version: config.version })
      return { ...current, ...state }
    },
  }
}

/** Another tab of the app wrote this store: read it again, so two tabs never overwrite each other's changes */
export function followOtherTabs(key: string, rehydrate: () => Promise<void> | void) {
  if (typeof window === 'undefined') return
  window.addEventListener('storage', (e) => {
    if (e.key === key) void rehydrate()
  })
}
