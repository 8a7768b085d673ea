// First: configures zod before any other module parses with it.
import '@/lib/zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { findServer } from '@/stores/ledger/choose-ledger'
import { serverFound, sessionChecked, sessionLost } from '@/stores/use-session'
import { App } from './App'
import { ErrorBoundary } from './error-boundary'
import { Providers, queryClient } from './providers'
import { registerServiceWorker } from './register-service-worker'
import '../index.css'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

// index.html holds the prerendered first view: render over it once the dataset is in, so no figure blinks. If
// the dataset fails, render anyway: the gate shows the error.
// Served by the shared server, everything is kept there and an account signs in first; else browser storage.
const [server] = await Promise.all([
  findServer(undefined, undefined, sessionLost),
  queryClient.query(datasetQuery).catch(() => undefined),
])
if (server) {
  serverFound(server)
  await sessionChecked()
}
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
