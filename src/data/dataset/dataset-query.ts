import { queryOptions } from '@tanstack/react-query'
import { fetchDataset } from './fetch-dataset'

// The dataset is the only server state: the build's JSON file, read once (fetch-dataset.ts).
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: () => fetchDataset(),
  staleTime: Infinity,
  retry: false,
})
