// First: configures zod before any other module parses with it.
import '@/lib/zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { App } from './App'
import { ErrorBoundary } from './error-boundary'
import { Providers, queryClient } from './providers'
import { registerServiceWorker } from './register-service-worker'
import '../index.css'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

// index.html holds the prerendered first view: render over it once the dataset is in, so no figure blinks. If
// the dataset fails, render anyway: the gate shows the error.
await queryClient.query(datasetQuery).catch(() => undefined)
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <Providers>
        <App />
      </Providers>
    </ErrorBoundary>
  </StrictMode>,
)

registerServiceWorker()
