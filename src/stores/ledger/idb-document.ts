import { zhLedger } from '@/i18n/zh-ledger'
import { storageIssueReported } from '../use-storage-issues'
import type { BrowserDocument } from './read-stored'
import {
  documentChanged,
  onOtherTabChange,
  openDocuments,
  rawPut,
  rawRemoved,
  STORE,
  storedRaw,
} from './idb-store'
import { failed, type Outcome } from './ledger-port'
import { localDocument, type LocalDocument } from './local-document'
import { moveFromLocalStorage } from './move-to-idb'
import { readStored, storedText, type DocumentConfig } from './read-stored'
import { writeProblem } from './write-problem'

// One document in IndexedDB (room for a county's year of narratives, which localStorage's 5 M characters are not),
// held in memory once read. A write happens in one transaction that first checks no other tab wrote since this
// tab read; every write tells the other tabs (BroadcastChannel), so two tabs never overwrite each other.

type Loaded<P> = { state: P; readOnly?: string; raw: string | null }

export function idbDocument<P>(config: DocumentConfig<P>): BrowserDocument<P> {
  const { key } = config
  let loaded: Loaded<P> = { state: config.empty(), raw: null }
  let ready = false
  /** localStorage as before, when the move to IndexedDB failed or IndexedDB cannot be opened */
  let fallback: LocalDocument<P> | undefined
  const listeners = new Set<() => void>()
  const notify = () => {
    listeners.forEach((f) => {
      f()
    })
  }

  async function read(): Promise<Loaded<P> | undefined> {
    const moved = await moveFromLocalStorage(key)
    if (moved.problem !== undefined) {
      storageIssueReported({ store: key, reason: 'migration_failed', detail: moved.problem })
      return undefined
    }
    const raw = await storedRaw(key)
    const result = readStored(config, raw)
    let after = raw
    try {
      if (result.then === 'remove') await rawRemoved(key)
      if (result.then === 'rewrite') await rawPut(key, (after = storedText(config, result.state)))
    } catch {
      after = raw // the next successful write does it; the stored text is still the old one
    }
    return { state: result.state, ...(result.readOnly && { readOnly: result.readOnly }), raw: after }
  }

  let loading: Promise<void> = Promise.resolve()
  const start = () => {
    ready = false
    loading = read()
      .catch(() => undefined) // IndexedDB refused (policy, private mode): localStorage as before
      .then((result) => {
        if (result) loaded = result
        else if (!fallback) {
          fallback = localDocument(config)
          fallback.subscribe(notify)
        }
        ready = true
        notify()
      })
  }
  start()
  onOtherTabChange(key, start)

  async function writeOnce(change: (current: P) => Outcome<P>): Promise<Outcome<P> | 'stale'> {
    const db = await openDocuments()
    const tx = db.transaction(STORE, 'readwrite')
    // Settles once, whatever happens below, so a refused transaction never becomes an unhandled rejection.
    const settled = tx.done.then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new DOMException('aborted', 'AbortError')),
    )
    const give = async <R>(answer: R): Promise<R> => {
      tx.abort()
      await settled
      return answer
    }
    if (((await tx.store.get(key)) ?? null) !== loaded.raw) return give('stale' as const) // another tab wrote
    const result = change(loaded.state)
    if (!result.ok) return give(result)
    const raw = storedText(config, result.value)
    await tx.store.put(raw, key).catch(() => undefined) // the transaction's own error says why
    const error = await settled
    if (error) throw error
    loaded = { state: result.value, raw }
    documentChanged(key)
    return result
  }

  return {
    key,
    read: () => (fallback ? fallback.read() : loaded.state),
    readOnly: () => (fallback ? fallback.readOnly() : loaded.readOnly),
    loaded: () => ready,
    whenLoaded: () => loading,
    reload: start,
    async update(change) {
      await loading
      if (fallback) return fallback.update(change)
      for (let attempt = 0; attempt < 3; attempt++) {
        if (loaded.readOnly) return failed('read_only', loaded.readOnly)
        let result: Outcome<P> | 'stale'
        try {
          result = await writeOnce(change)
        } catch (error) {
          const problem = writeProblem(error)
          return failed(problem.code, problem.message)
        }
        if (result !== 'stale') return result
        start()
        await loading
      }
      return failed('conflict', zhLedger.conflict)
    },
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}
