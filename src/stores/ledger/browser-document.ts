import { idbDocument } from './idb-document'
import { indexedDbAvailable } from './idb-store'
import { localDocument } from './local-document'
import type { BrowserDocument, DocumentConfig } from './read-stored'

// One stored state of the browser ledger, read as untrusted input; never claims a write, never resets what it
// cannot read: an unreadable original stays until its copy is verified, a newer version's store stays untouched.

export type { BrowserDocument, DocumentConfig } from './read-stored'
export { writeProblem } from './write-problem'

/** IndexedDB where the browser has it (moving the localStorage copy over once), else localStorage as before */
export function browserDocument<P>(config: DocumentConfig<P>): BrowserDocument<P> {
  return indexedDbAvailable() ? idbDocument(config) : localDocument(config)
}
