import { queryOptions } from '@tanstack/react-query'

// The dataset is the only server state: loaded once in its own chunk (with zod), parsed at the boundary.
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async () => (await import('./load-dataset')).loadDataset(),
  staleTime: Infinity,
  retry: false,
})
