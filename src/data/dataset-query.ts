import { queryOptions } from '@tanstack/react-query'
import { parseDataset } from './parse-dataset'

// The dataset is the only server state: loaded once in its own chunk, parsed at the boundary.
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async () => parseDataset((await import('../../data/qidong-2023.json')).default),
  staleTime: Infinity,
  retry: false,
})
