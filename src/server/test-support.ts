import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { httpClient, type Fetch } from '@/stores/ledger/http-client'
import { httpLedger, type HttpLedger } from '@/stores/ledger/http-ledger'
import { buildApp, type AppOptions } from './app'
import { addUser } from './accounts'
import { openStore, type Store } from './db/database'
import { monitoredItems } from './items'

// A fresh server per test file: in-memory PGlite, or a throwaway schema of TEST_DATABASE_URL's PostgreSQL.

export type TestServer = { app: FastifyInstance; store: Store; close: () => Promise<void> }

export async function openTestStore(): Promise<{ store: Store; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const store = await openStore({ engine: 'pglite', loadDataDir: await pgliteTemplate() })
    return { store, drop: () => Promise.resolve() }
  }
  const schema = `test_${randomBytes(6).toString('hex')}`
  const store = await openStore({ engine: 'postgres', url, schema, poolSize: 5 })
  return {
    store,
    drop: async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`drop schema ${schema} cascade`)
      await client.end()
    },
  }
}

// A fresh PGlite runs initdb in WASM (15 s on a busy machine); loading a saved empty cluster takes 2 s.
async function pgliteTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `qidong-pglite-template-${process.getuid?.() ?? 0}.tar`)
  if (!existsSync(file)) {
    const pglite = await PGlite.create()
    const blob = await pglite.dumpDataDir('none')
    await pglite.close()
    const partial = `${file}.${process.pid}`
    writeFileSync(partial, Buffer.from(await blob.arrayBuffer()))
    renameSync(partial, file)
  }
  return new Blob([readFileSync(file)])
}

export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const { store, drop } = await openTestStore()
  const app = await buildApp({
    store,
    items: monitoredItems,
    loginPerAddress: 1000,
    ...(process.env.TEST_LOG && { logger: { level: 'error' } }),
    ...options,
  })
  await app.ready()
  return {
    app,
    store,
    close: async () => {
      await app.close()
      await store.close()
      await drop()
    },
  }
}

export const PASSWORD = 'correct-horse-9'

/** Creates an account straight in the database (as `npm run user -- add` does) */
export async function seedUser(
  store: Store,
  login: string,
  role: 'admin' | 'reporter' | 'leader',
  unit?: string,
) {
  if (unit)
    await store.db
      .insertInto('units')
      .values({ name: unit, kind: 'county' })
      .onConflict((c) => c.doNothing())
      .execute()
  return addUser(store.db, { login, role, unit, password: PASSWORD }, 'test')
}

/** A signed-in browser: sends its cookie, and its CSRF token on unsafe requests unless told not to */
export type Client = {
  csrfToken: string
  request: (options: InjectOptions & { csrf?: boolean }) => Promise<LightMyRequestResponse>
}

export async function signIn(app: FastifyInstance, login: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { login, password } })
  if (res.statusCode !== 200) throw new Error(`login ${login}: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'qidong_session')!
  const { csrfToken } = res.json<{ csrfToken: string }>()
  return {
    csrfToken,
    request: ({ csrf = true, headers, ...options }) =>
      app.inject({
        ...options,
        headers: {
          ...headers,
          cookie: `qidong_session=${cookie.value}`,
          ...(csrf && { 'x-csrf-token': csrfToken }),
        },
      }),
  }
}

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

/** The app's HTTP ledger in a browser of its own, signed in as `login` */
export async function signedInLedger(app: FastifyInstance, login: string): Promise<HttpLedger> {
  const api = httpClient('', browserOf(app))
  const session = await api.call<{ csrfToken: string }>('POST', 'api/session', {
    login,
    password: PASSWORD,
  })
  if (!session.ok) throw new Error(session.failure.message)
  api.csrfTokenSet(session.value.csrfToken)
  return httpLedger(api, { pollMs: 20 })
}
