import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { classesToStyleAttributes } from '@/lib/csp'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { findServer } from '@/stores/ledger/choose-ledger'
import { getMonitorSettings } from '@/stores/use-monitor-settings'
import { serverFound, sessionChecked, sessionLost } from '@/stores/use-session'
import { App } from './App'
import { ErrorBoundary } from './error-boundary'
import { prerenderCurrent } from './prerendered-period'
import { Providers, queryClient } from './providers'
import { registerServiceWorker } from './register-service-worker'
import '../index.css'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

// index.html holds the prerendered first view (the inline script empties it for another ?view=). The live app
// hydrates it once the dataset is in: the same elements get their handlers, nothing is drawn twice. If the dataset
// fails, render anyway: the gate shows the error.
// Served by the shared server, everything is kept there and an account signs in first; else browser storage.
const [server] = await Promise.all([
  findServer(undefined, undefined, sessionLost),
  queryClient.query(datasetQuery).catch(() => undefined),
])
if (server) {
  serverFound(server)
  await sessionChecked()
}
// The prerender cannot wait for a lazy chunk (a chart): its Suspense boundary went out as the fallback and is drawn
// here, as designed (React error 419). Anything else, such as markup that differs, is reported as React would.
function onRecoverableError(error: unknown) {
  if (error instanceof Error && /#419\b|could not finish this Suspense boundary/.test(error.message)) return
  reportError(error)
}

const app = (
  <StrictMode>
    <ErrorBoundary>
      <Providers>
        <App />
      </Providers>
    </ErrorBoundary>
  </StrictMode>
)
// The prerender is the dashboard as a signed-out browser-storage visit sees it; the server's sign-in page differs, and
// so do its counts when today's default 本期 is not the build day's (prerendered-period.ts).
if (
  root.firstElementChild &&
  !server &&
  queryClient.getQueryData(datasetQuery.queryKey) &&
  prerenderCurrent(root, new Date(), getMonitorSettings().dueDay)
) {
  // From here the app's own handlers take every click (keep-early-clicks.ts stops keeping them).
  root.dataset.live = ''
  classesToStyleAttributes(root)
  hydrateRoot(root, app, { onRecoverableError })
} else {
  root.replaceChildren()
  createRoot(root).render(app)
}

registerServiceWorker()
