import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware'
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

function setAside(
  store: string,
  reason: StorageIssueReason,
  text: string,
  format: 'json' | 'txt',
  count?: number,
) {
  const key = `${store}.set-aside.${new Date().toISOString()}`
  let kept = true
  try {
    localStorage.setItem(key, text)
  } catch {
    kept = false // storage full: the download below still has it
  }
  storageIssueReported({
    store,
    reason,
    text,
    format,
    ...(kept && { setAsideKey: key }),
    ...(count && { count }),
  })
  return kept
}

function storage<P>(name: string): PersistStorage<P> {
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
      // Copy it aside before the next write overwrites it, then stop reading it on every load.
      if (setAside(name, 'unreadable', raw, parsed === undefined ? 'txt' : 'json'))
        localStorage.removeItem(key)
      return null
    },
    setItem(key, value) {
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
  const store = storage<unknown>(config.name)
  return {
    name: config.name,
    version: config.version,
    storage: store,
    partialize: config.partialize,
    migrate(stored, fromVersion) {
      if (fromVersion > config.version) {
        setAside(
          config.name,
          'newer_version',
          JSON.stringify({ state: stored, version: fromVersion }),
          'json',
        )
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
      if (rejected.length)
        setAside(config.name, 'invalid_records', JSON.stringify(rejected, null, 2), 'json', rejected.length)
      // Write the cleaned state now, so the same problem is not set aside and announced on every load.
      if (rejected.length || stored === NEWER) store.setItem(config.name, { state, version: config.version })
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
