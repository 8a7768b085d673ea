import { createContext, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import { datasetSource, type DatasetSource, type DatasetState } from './dataset-source'
import type { Dataset } from './schema'

const DatasetContext = createContext<DatasetSource | null>(null)

/** Gives the tree its dataset: `source` as main.tsx or the prerender made it, else one that loads on first use */
export function DatasetProvider({ source, children }: { source?: DatasetSource; children: ReactNode }) {
  const [own] = useState(() => source ?? datasetSource())
  return <DatasetContext value={source ?? own}>{children}</DatasetContext>
}

function useSource(): DatasetSource {
  const source = useContext(DatasetContext)
  if (!source) throw new Error('useDataset: no DatasetProvider above this component')
  return source
}

const subscribeToNothing = () => () => {}
const notLoaded: DatasetState = { status: 'pending' }

/** Loading, failed or loaded: for DatasetGate and the parts drawn outside it (名词解释) */
export function useDatasetState(): DatasetState {
  const source = useSource()
  return useSyncExternalStore(source.subscribe, source.state, source.state)
}

/** The dataset when loaded, else undefined; also without a provider (a chart rendered alone) */
export function useLoadedDataset(): Dataset | undefined {
  const source = useContext(DatasetContext)
  const state = useSyncExternalStore(
    source?.subscribe ?? subscribeToNothing,
    source?.state ?? (() => notLoaded),
    source?.state ?? (() => notLoaded),
  )
  return state.status === 'success' ? state.data : undefined
}

const whole = (d: Dataset) => d

/** The loaded dataset, or a slice of it (`select` memoised on the dataset): only inside DatasetGate */
export function useDataset(): Dataset
export function useDataset<T>(select: (d: Dataset) => T): T
export function useDataset<T>(select?: (d: Dataset) => T): T | Dataset {
  const state = useDatasetState()
  if (state.status !== 'success')
    throw new Error('useDataset: the dataset is not loaded (use it inside DatasetGate)')
  const pick = select ?? whole
  return useMemo(() => pick(state.data), [pick, state.data])
}
