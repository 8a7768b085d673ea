// The app's HTTP adapter keeps the same storage contracts against the real server as the browser adapter does
// against localStorage (src/stores/ledger/browser-ledger.test.ts): one suite, two adapters.
import { documentsContract } from '@/test-support/documents-contract'
import { ledgerContract, type Opened } from '@/test-support/ledger-contract'
import { seedUser, signedInLedger, startTestServer } from './test-support'

async function open(): Promise<Opened> {
  const server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  // The server assigns only units of its 名录 (the browser does not check): the shared suite's unit is listed.
  await server.store.db.insertInto('units').values({ name: '县统计局', kind: 'county' }).execute()
  const ledger = await signedInLedger(server.app, 'dcs')
  const other = await signedInLedger(server.app, 'dcs')
  return {
    ledger,
    other,
    otherWrote: () => undefined, // the next poll of the change feed hears it
    close: async () => {
      ledger.feed.stop()
      other.feed.stop()
      await server.close()
    },
  }
}

ledgerContract('the real server', open)
documentsContract('the real server', open)
