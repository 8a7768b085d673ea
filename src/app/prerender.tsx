import { renderToString } from 'react-dom/server'
import { datasetOf } from '@/data/dataset/dataset-source'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { loadDataset } from '@/data/dataset/load-dataset'
import { App } from './App'
import { earlyClicksReplay, keepEarlyClicks } from './keep-early-clicks'

// Build time only (vite.config.ts): the dashboard's first view as HTML inside index.html, so the headline figures
// paint with the page itself, as fast as a static page; main.tsx hydrates it (renderToString keeps the markers
// hydration needs), so the first client render must produce this same markup.
export function prerender(): string {
  return renderToString(
    <DatasetProvider source={datasetOf(loadDataset())}>
      <App />
    </DatasetProvider>,
  )
}

// Inlined after the prerendered markup (minified there): keeps what the user does before the app is live
// (keep-early-clicks.ts).
export const keepEarlyClicksScript = `(${keepEarlyClicks.toString()})(${JSON.stringify(earlyClicksReplay)})`
