import { fetchDataset } from './fetch-dataset'
import type { Dataset } from './schema'

// The dataset is static: loaded once per page, never refetched. A small store of its one load replaces a query
// cache on the first screen (react-query's code stays with the lazy features that fetch real server state).

export type DatasetState =
  { status: 'pending' } | { status: 'error'; error: Error } | { status: 'success'; data: Dataset }

export type DatasetSource = {
  /** What the load has come to so far */
  state: () => DatasetState
  /** Starts the load (once) and resolves when it has succeeded or failed; never rejects */
  settled: () => Promise<DatasetState>
  subscribe: (listener: () => void) => () => void
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)))

/** A dataset that loads with `load` the first time it is asked for (settled() or a subscriber) */
export function datasetSource(load: () => Promise<Dataset> = () => fetchDataset()): DatasetSource {
  let state: DatasetState = { status: 'pending' }
  let loading: Promise<DatasetState> | null = null
  const listeners = new Set<() => void>()
  const settle = (next: DatasetState) => {
    state = next
    for (const listener of listeners) listener()
    return next
  }
  const settled = () =>
    (loading ??= load().then(
      (data) => settle({ status: 'success', data }),
      (e: unknown) => settle({ status: 'error', error: asError(e) }),
    ))
  return {
    state: () => state,
    settled,
    subscribe: (listener) => {
      listeners.add(listener)
      void settled()
      return () => listeners.delete(listener)
    },
  }
}

/** A dataset already in hand (the build-time prerender, tests) */
export function datasetOf(data: Dataset): DatasetSource {
  const state: DatasetState = { status: 'success', data }
  return { state: () => state, settled: () => Promise.resolve(state), subscribe: () => () => {} }
}
