import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToStaticMarkup } from 'react-dom/server'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { loadDataset } from '@/data/dataset/load-dataset'
import { App } from './App'

// Build time only (vite.config.ts): the dashboard's first view as HTML inside index.html, so the headline figures
// paint with the page itself, as fast as a static page; main.tsx renders the live app over it.
export function prerender(): string {
  const client = new QueryClient()
  client.setQueryData(datasetQuery.queryKey, loadDataset())
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  )
}
