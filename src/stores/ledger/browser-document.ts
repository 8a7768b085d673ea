import type { Outcome } from './ledger-port'
import { idbDocument } from './idb-document'
import { indexedDbAvailable } from './idb-store'
import { localDocument } from './local-document'
import type { DocumentConfig } from './read-stored'

// One stored state of the browser ledger, read as untrusted input; never claims a write, never resets what it
// cannot read: an unreadable original stays until its copy is verified, a newer version's store stays untouched.

export type { DocumentConfig } from './read-stored'
export { writeProblem } from './write-problem'

export type BrowserDocument<P> = {
  readonly key: string
  /** The state as last read or written; the empty state until loaded() */
  read: () => P
  /** Why this copy must not write, if it must not */
  readOnly: () => string | undefined
  /** False while the stored copy is still being read (IndexedDB answers asynchronously) */
  loaded: () => boolean
  whenLoaded: () => Promise<void>
  /** Applies the change to the stored state as it is now; answers only once it is really kept */
  update: (change: (current: P) => Outcome<P>) => Promise<Outcome<P>>
  /** Reads storage again (another tab wrote it, or a test seeded it) and tells the subscribers */
  reload: () => void
  subscribe: (onChange: () => void) => () => void
}

/** IndexedDB where the browser has it (moving the localStorage copy over once), else localStorage as before */
export function browserDocument<P>(config: DocumentConfig<P>): BrowserDocument<P> {
  return indexedDbAvailable() ? idbDocument(config) : localDocument(config)
}
