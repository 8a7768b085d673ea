// @vitest-environment node
// The HTTP adapter keeps the ledger contract, against a stand-in for the server's documented API (the same
// suite runs against the browser adapter in browser-ledger.test.ts).
import { fakeServer } from '@/test-support/fake-server'
import { ledgerContract } from '@/test-support/ledger-contract'
import { httpClient } from './http-client'
import { httpLedger, type HttpLedger } from './http-ledger'

async function signedIn(fetchFn: ReturnType<ReturnType<typeof fakeServer>['client']>): Promise<HttpLedger> {
  const api = httpClient('', fetchFn)
  const session = await api.call<{ csrfToken: string }>('POST', 'api/session', {
    login: 'ducha',
    password: 'pw-1234567',
  })
  if (!session.ok) throw new Error(session.failure.message)
  api.csrfTokenSet(session.value.csrfToken)
  return httpLedger(api, { pollMs: 10 })
}

ledgerContract('the server’s HTTP API', async () => {
  const server = fakeServer([{ login: 'ducha', password: 'pw-1234567', role: 'admin' }])
  const ledger = await signedIn(server.client())
  const other = await signedIn(server.client())
  return {
    ledger,
    other,
    otherWrote: () => undefined, // the next poll of the change feed hears it
    close: () => {
      ledger.feed.stop()
      other.feed.stop()
    },
  }
})
