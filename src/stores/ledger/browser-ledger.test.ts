// The browser adapter keeps the same ledger contract as the server's: run the shared suite against it.
import { ledgerContract } from '@/test-support/ledger-contract'
import { browserLedger } from './browser-ledger'

ledgerContract('browser storage', () => {
  const ledger = browserLedger()
  const other = browserLedger() // another tab of the same browser
  return Promise.resolve({
    ledger,
    other,
    otherWrote: () => {
      // jsdom does not send storage events between "tabs": send the one the browser would.
      window.dispatchEvent(new StorageEvent('storage', { key: 'qidong-targets.progress' }))
    },
  })
})
