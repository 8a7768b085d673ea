import { zh } from '@/i18n/zh'
import { storageIssueReported, type StorageIssueReason } from '../use-storage-issues'
import { done, failed, type Outcome } from './ledger-port'
import { setAside } from './set-aside'

// One localStorage key holding one state, read as untrusted input; never claims a write, never resets what it
// cannot read: an unreadable original stays until its copy is verified, a newer version's store stays untouched.

const t = zh.storageIssue

type Config<P> = {
  key: string
  version: number
  empty: () => P
  /** Upgrades an older stored shape; may return anything, validate() decides what survives */
  migrate: (stored: unknown, fromVersion: number) => unknown
  /** Keeps what is valid, returns the rest as rejected */
  validate: (stored: unknown) => { state: P; rejected: unknown[] }
}

export type BrowserDocument<P> = {
  readonly key: string
  read: () => P
  write: (next: P) => Outcome<P>
  /** Why this copy must not write, if it must not */
  readOnly: () => string | undefined
  /** Reads storage again (another tab wrote it, or a test seeded it) and tells the subscribers */
  reload: () => void
  subscribe: (onChange: () => void) => () => void
}

/** Why a write threw, in Chinese */
export function writeProblem(error: unknown): { code: 'storage_full' | 'storage_blocked'; message: string } {
  const name = error instanceof DOMException ? error.name : ''
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? { code: 'storage_full', message: t.full }
    : { code: 'storage_blocked', message: t.blocked }
}

/** raw: the stored text this state was read from or written as, to notice another tab's write */
type Loaded<P> = { state: P; readOnly?: string; raw?: string | null }

function rawOf(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key)
  } catch {
    return undefined
  }
}

function load<P>(config: Config<P>): Loaded<P> {
  const loaded = loadState(config)
  return { ...loaded, raw: rawOf(config.key) }
}

function loadState<P>(config: Config<P>): Loaded<P> {
  const { key } = config
  const empty = config.empty()
  const report = (
    reason: StorageIssueReason,
    extra: { text?: string; setAsideKey?: string; count?: number },
  ) => {
    storageIssueReported({ store: key, reason, format: 'json', ...extra })
  }
  let raw: string | null
  try {
    raw = localStorage.getItem(key)
  } catch {
    return { state: empty } // storage blocked: start empty, each write says why it failed
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
      return { state: empty, readOnly: t.unreadable_not_kept(t.stores[key] ?? key) }
    }
    localStorage.removeItem(key) // its verified copy holds it now
    storageIssueReported({ store: key, reason: 'unreadable', text: raw, format, setAsideKey: copy })
    return { state: empty }
  }
  const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : 0
  if (version > config.version) {
    report('newer_version', { text: raw })
    return { state: empty, readOnly: t.newer_version(t.stores[key] ?? key) }
  }
  let migrated: unknown
  try {
    migrated = config.migrate(parsed.state, version)
  } catch {
    migrated = parsed.state // validate() sets aside whatever the failed migration could not shape
  }
  const { state, rejected } = config.validate(migrated)
  if (!rejected.length) {
    if (version < config.version) rewrite(config, state) // stored as the current version from now on
    return { state }
  }
  const text = JSON.stringify(rejected, null, 2)
  const copy = setAside(key, text)
  if (!copy) {
    report('invalid_not_kept', { text, count: rejected.length })
    return { state, readOnly: t.invalid_not_kept(t.stores[key] ?? key, rejected.length) }
  }
  report('invalid_records', { text, setAsideKey: copy, count: rejected.length })
  // Write the cleaned state now, so the same problem is not set aside and announced on every load.
  rewrite(config, state)
  return { state }
}

function rewrite<P>(config: Config<P>, state: P) {
  try {
    localStorage.setItem(config.key, JSON.stringify({ state, version: config.version }))
  } catch {
    // the next successful write does it; nothing is lost, the copy in storage is still the old one
  }
}

export function browserDocument<P>(config: Config<P>): BrowserDocument<P> {
  let loaded: Loaded<P> | undefined
  // Another tab may have written since (its storage event still on the way): read again if the text changed.
  const current = () => {
    if (!loaded || rawOf(config.key) !== loaded.raw) loaded = load(config)
    return loaded
  }
  const listeners = new Set<() => void>()

  const reload = () => {
    loaded = load(config)
    listeners.forEach((f) => {
      f()
    })
  }
  if (typeof window !== 'undefined')
    window.addEventListener('storage', (e) => {
      // Another tab wrote (or cleared) this key: read it again, so two tabs never overwrite each other.
      if (e.key === config.key || e.key === null) reload()
    })

  return {
    key: config.key,
    read: () => current().state,
    readOnly: () => current().readOnly,
    reload,
    write(next) {
      const { readOnly } = current()
      if (readOnly) return failed('read_only', readOnly)
      const raw = JSON.stringify({ state: next, version: config.version })
      try {
        localStorage.setItem(config.key, raw)
      } catch (error) {
        const problem = writeProblem(error)
        return failed(problem.code, problem.message)
      }
      loaded = { state: next, raw }
      return done(next)
    },
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}
