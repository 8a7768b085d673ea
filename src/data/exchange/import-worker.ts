import { newId } from '@/lib/new-id'
import { readAndPlanText, type ImportJob } from './read-and-plan'

// Reads, parses and plans a JSON or CSV import off the page's thread, so a 20,000-row file never freezes it.
self.onmessage = (event: MessageEvent<ImportJob>) => {
  self.postMessage(readAndPlanText(event.data, newId))
}
