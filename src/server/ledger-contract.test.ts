// The app's HTTP adapter keeps the same storage contracts against the real server as the browser adapter does
// against localStorage (src/stores/ledger/browser-ledger.test.ts): one suite, two adapters.
import type { FastifyInstance } from 'fastify'
import { documentsContract } from '@/test-support/documents-contract'
import { ledgerContract, type Opened } from '@/test-support/ledger-contract'
import { httpClient, type Fetch } from '@/stores/ledger/http-client'
import { httpLedger, type HttpLedger } from '@/stores/ledger/http-ledger'
import { PASSWORD, seedUser, startTestServer } from './test-support'

/** A browser of its own against the in-process server: its own session cookie */
function browserOf(app: FastifyInstance): Fetch {
  let cookie: string | undefined
  return async (input, init = {}) => {
    const res = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: `/${input}`,
      headers: { ...(init.headers as Record<string, string>), ...(cookie && { cookie }) },
      ...(typeof init.body === 'string' && { payload: init.body }),
    })
    const session = res.cookies.find((c) => c.name === 'qidong_session')
    if (session) cookie = `qidong_session=${session.value}`
    const headers = new Headers()
    for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v)
    return new Response(res.statusCode === 204 ? null : res.body, { status: res.statusCode, headers })
  }
}

async function signedIn(app: FastifyInstance): Promise<HttpLedger> {
  const api = httpClient('', browserOf(app))
  const session = await api.call<{ csrfToken: string }>('POST', 'api/session', {
    login: 'dcs',
    password: PASSWORD,
  })
  if (!session.ok) throw new Error(session.failure.message)
  api.csrfTokenSet(session.value.csrfToken)
  return httpLedger(api, { pollMs: 20 })
}

async function open(): Promise<Opened> {
  const server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  // The server assigns only units of its 名录 (the browser does not check): the shared suite's unit is listed.
  await server.store.db.insertInto('units').values({ name: '县统计局', kind: 'county' }).execute()
  const ledger = await signedIn(server.app)
  const other = await signedIn(server.app)
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
