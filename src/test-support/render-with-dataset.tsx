import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import type { Dataset } from '@/data/dataset/schema'

// Renders UI with the dataset already in a fresh query cache, as after the gate has loaded it.
export function renderWithDataset(ui: ReactNode, dataset: Dataset) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQuery.queryKey, dataset)
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
}
