import { afterEach, beforeEach, expect } from 'vitest'
import { ledgerChosen } from '@/stores/ledger/active-ledger'
import { browserLedger } from '@/stores/ledger/browser-ledger'
import { httpClient } from '@/stores/ledger/http-client'
import { httpLedger, type HttpLedger } from '@/stores/ledger/http-ledger'
import { sessionChecked, signedIn, signedOut } from '@/stores/session-actions'
import { fakeServer } from './fake-server'

type FakeServer = ReturnType<typeof fakeServer>
type Account = Parameters<typeof fakeServer>[0][number]

/**
 * A component test on the shared server: before each test a fresh fake server holding `accounts` (seeded by
 * `prepare`) is the app's ledger; after it the app is signed out and back on browser storage. `as` signs in.
 */
export function onFakeServer(accounts: Account[], prepare?: (server: FakeServer) => void) {
  let server: FakeServer
  let ledger: HttpLedger
  beforeEach(async () => {
    server = fakeServer(accounts)
    prepare?.(server)
    ledger = httpLedger(httpClient('', server.client()), { pollMs: 20 })
    ledgerChosen(ledger)
    await sessionChecked()
  })
  afterEach(async () => {
    await signedOut()
    ledger.feed.stop()
    ledgerChosen(browserLedger())
  })
  return {
    server: () => server,
    ledger: () => ledger,
    as: async (login: string) => {
      await signedOut()
      const account = accounts.find((a) => a.login === login)!
      expect((await signedIn(account.login, account.password)).ok).toBe(true)
    },
  }
}
