import type { Ledger } from './ledger-port'

// Which ledger the app talks to. None at first: the browser's loads once the first screen is live (its code is not
// on the first visit's critical path), the server's once an account signs in (use-session.ts). Until then the
// stores show what the prerendered page shows, and every action waits for the ledger (nothing is lost).

let current: Ledger | undefined
const listeners = new Set<(ledger: Ledger) => void>()

/** The ledger in use, if one was chosen yet */
export const currentLedger = (): Ledger | undefined => current

let browserWanted = false

/** The ledger in use, once one is chosen (rejects when the browser ledger's code could not be loaded) */
export function activeLedger(): Promise<Ledger> {
  if (current) return Promise.resolve(current)
  if (browserWanted) return browserStorageChosen()
  return new Promise((resolve) => {
    const stop = onLedgerChosen((ledger) => {
      stop()
      resolve(ledger)
    })
  })
}

export function ledgerChosen(ledger: Ledger) {
  current = ledger
  listeners.forEach((f) => {
    f(ledger)
  })
}

/** Calls back with every ledger chosen from now on */
export function onLedgerChosen(f: (ledger: Ledger) => void): () => void {
  listeners.add(f)
  return () => listeners.delete(f)
}

let browserLoading: Promise<Ledger> | undefined
/** Opened alone (static hosting, the single file): this browser's storage, its code loaded on demand */
export function browserStorageChosen(): Promise<Ledger> {
  browserWanted = true
  return (browserLoading ??= import('./browser-ledger').then(
    ({ browserLedger }) => {
      const ledger = browserLedger()
      ledgerChosen(ledger)
      return ledger
    },
    (error: unknown) => {
      browserLoading = undefined // the next action tries again (a network blip, a deploy in between)
      throw error
    },
  ))
}

/** Reads browser storage again (tests that seed it; the server's ledger has nothing local to re-read) */
export function storageReloaded() {
  const ledger = current
  if (ledger && 'reload' in ledger && typeof ledger.reload === 'function') (ledger.reload as () => void)()
}
