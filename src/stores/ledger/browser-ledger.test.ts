// The browser adapter keeps the same ledger contract as the server's: run the shared suites against it.
import { documentsContract } from '@/test-support/documents-contract'
import { ledgerContract, type Opened } from '@/test-support/ledger-contract'
import { browserLedger } from './browser-ledger'

const open = (): Promise<Opened> => {
  localStorage.clear()
  const ledger = browserLedger()
  const other = browserLedger() // another tab of the same browser
  return Promise.resolve({
    ledger,
    other,
    otherWrote: () => {
      // jsdom does not send storage events between "tabs": send the one the browser would.
      window.dispatchEvent(new StorageEvent('storage', { key: null }))
    },
  })
}

ledgerContract('browser storage', open)
documentsContract('browser storage', open)
