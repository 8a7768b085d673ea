import type { BrowserDocument } from './read-stored'
import { writeProblem } from './write-problem'
import { done, failed, type Outcome } from './ledger-port'
import { readStored, storedText, type DocumentConfig } from './read-stored'

// One localStorage key holding one state, read and written synchronously: the small stores (任务分解), and the
// fallback where IndexedDB is missing (jsdom) or cannot be used.

/** A document whose write answers at once, for callers that cannot wait */
export type LocalDocument<P> = BrowserDocument<P> & { write: (next: P) => Outcome<P> }

/** raw: the stored text this state was read from or written as, to notice another tab's write */
type Loaded<P> = { state: P; readOnly?: string; raw?: string | null }

function rawOf(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key)
  } catch {
    return undefined
  }
}

function load<P>(config: DocumentConfig<P>): Loaded<P> {
  let raw: string | null
  try {
    raw = localStorage.getItem(config.key)
  } catch {
    return { state: config.empty(), raw: undefined } // storage blocked: start empty, each write says why it failed
  }
  const read = readStored(config, raw)
  try {
    if (read.then === 'remove') localStorage.removeItem(config.key)
    if (read.then === 'rewrite') localStorage.setItem(config.key, storedText(config, read.state))
  } catch {
    // the next successful write does it; nothing is lost, the copy in storage is still the old one
  }
  return { state: read.state, ...(read.readOnly && { readOnly: read.readOnly }), raw: rawOf(config.key) }
}

export function localDocument<P>(config: DocumentConfig<P>): LocalDocument<P> {
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

  const write = (next: P): Outcome<P> => {
    const { readOnly } = current()
    if (readOnly) return failed('read_only', readOnly)
    const raw = storedText(config, next)
    try {
      localStorage.setItem(config.key, raw)
    } catch (error) {
      const problem = writeProblem(error)
      return failed(problem.code, problem.message)
    }
    loaded = { state: next, raw }
    return done(next)
  }
  return {
    key: config.key,
    read: () => current().state,
    readOnly: () => current().readOnly,
    loaded: () => true,
    whenLoaded: () => Promise.resolve(),
    reload,
    write,
    update(change) {
      const result = change(current().state)
      return Promise.resolve(result.ok ? write(result.value) : result)
    },
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}
