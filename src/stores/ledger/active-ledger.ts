import { browserLedger } from './browser-ledger'
import type { Ledger } from './ledger-port'

// Which ledger the app talks to: the browser's until the start-up check finds the server (choose-ledger.ts).

let current: Ledger | undefined
const listeners = new Set<(ledger: Ledger) => void>()

export const activeLedger = (): Ledger => (current ??= browserLedger())

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

/** Reads browser storage again (tests that seed it; the server's ledger has nothing local to re-read) */
export function storageReloaded() {
  const ledger = activeLedger()
  if ('reload' in ledger && typeof ledger.reload === 'function') (ledger.reload as () => void)()
}
