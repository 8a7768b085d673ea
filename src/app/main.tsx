import { StrictMode, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { classesToStyleAttributes } from '@/lib/style-classes'
import { pageMarkedServed } from '@/lib/served-mark'
import { datasetSource } from '@/data/dataset/dataset-source'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { browserStorageChosen } from '@/stores/ledger/active-ledger'
import { servedBefore } from '@/stores/ledger/served-before'
import { getMonitorSettings } from '@/stores/use-monitor-settings'
import { App } from './App'
import { ErrorBoundary } from './error-boundary'
import { earlyClicksReplay } from './keep-early-clicks'
import { prerenderCurrent } from './prerendered-period'
import { registerServiceWorker } from './register-service-worker'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

// index.html holds the prerendered first view (the inline script empties it for another ?view= or ?period=). The app
// hydrates it once the dataset is in: the same elements get their handlers, nothing is drawn twice. If the dataset
// fails, render anyway: the gate shows the error.
// Served by the shared server (its page is marked; or a cached copy, and this origin's server served it before),
// everything is kept there and an account signs in first: that code loads only then. Else browser storage.
const marked = pageMarkedServed()
const dataset = datasetSource()
const [server] = await Promise.all([
  marked || servedBefore() ? import('@/stores/server-start').then((m) => m.serverStarted(marked)) : false,
  dataset.settled(),
])
// The prerender cannot wait for a lazy chunk (a chart): its Suspense boundary went out as the fallback and is drawn
// here, as designed (React error 419). Anything else, such as markup that differs, is reported as React would.
function onRecoverableError(error: unknown) {
  if (error instanceof Error && /#419\b|could not finish this Suspense boundary/.test(error.message)) return
  reportError(error)
}

// Once the first render is committed (hydrated or drawn afresh), index.html does again what the user did before
// (keep-early-clicks.ts).
function EarlyClicksReplayed() {
  useEffect(() => {
    root?.dispatchEvent(new Event(earlyClicksReplay))
  }, [])
  return null
}

const app = (
  <StrictMode>
    <ErrorBoundary>
      <DatasetProvider source={dataset}>
        <App />
        <EarlyClicksReplayed />
      </DatasetProvider>
    </ErrorBoundary>
  </StrictMode>
)
// The prerender is the dashboard as a signed-out browser-storage visit sees it; the server's sign-in page differs, and
// so do its counts when today's default 本期 is not the build day's (prerendered-period.ts). The settings are still
// the defaults here (browser storage loads after): the very ones the stores hydrate with.
if (
  root.firstElementChild &&
  !server &&
  dataset.state().status === 'success' &&
  prerenderCurrent(root, new Date(), getMonitorSettings().dueDay)
) {
  // From here the app's own handlers take every click (keep-early-clicks.ts stops keeping them).
  root.dataset.live = ''
  classesToStyleAttributes(root)
  hydrateRoot(root, app, { onRecoverableError })
  // Stored data comes after: the stores hydrate with their empty state, as prerendered, then show what is kept.
  browserStorageChosen().catch(reportError)
} else {
  // Drawn afresh: with what browser storage holds at once, as before (no figure shows a default first).
  if (!server) await browserStorageChosen().catch(reportError)
  root.replaceChildren()
  createRoot(root).render(app)
}

registerServiceWorker()
