import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REDACT } from './app'
import { dumpDatabase, restoreDatabase } from './db/dump'
import { PASSWORD, seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// Logins are throttled, logs keep no secrets, a browser backup moves in as one transaction, a dump restores whole.

let server: TestServer
let admin: Client
const logs: string[] = []

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString())
      done()
    },
  })
  server = await startTestServer({ loginPerAddress: 8, logger: { level: 'info', redact: REDACT, stream } })
  await seedUser(server.store, 'dcs', 'admin')
  await seedUser(server.store, 'victim', 'leader')
  admin = await signIn(server.app, 'dcs')
})
afterAll(() => server.close())

const login = (name: string, password: string, ip = '127.0.0.1') =>
  server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { login: name, password },
    remoteAddress: ip,
  })

describe('login throttling', () => {
  it('locks an account after 5 wrong passwords, whatever the address (429)', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('victim', 'wrong-guess', `10.0.0.${i}`)).statusCode).toBe(401)
    const res = await login('victim', PASSWORD, '10.0.1.1')
    expect(res.statusCode).toBe(429)
    expect(res.json()).toMatchObject({ code: 'too_many_attempts' })
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('limits attempts per address (429)', async () => {
    const codes: number[] = []
    for (let i = 0; i < 10; i++) codes.push((await login(`nobody${i}`, 'x', '10.9.9.9')).statusCode)
    expect(codes.slice(0, 8).every((c) => c === 401)).toBe(true)
    expect(codes.slice(8)).toEqual([429, 429])
    expect((await login('dcs', PASSWORD, '10.9.9.8')).statusCode).toBe(200)
  })
})

describe('logs', () => {
  it('carry no password, session token or CSRF token', async () => {
    const res = await login('dcs', PASSWORD, '10.2.2.2')
    const token = res.cookies.find((c) => c.name === 'qidong_session')!.value
    const text = logs.join('')
    expect(text).toContain('login')
    expect(text).not.toContain(PASSWORD)
    expect(text).not.toContain(token)
    expect(text).not.toContain(res.json<{ csrfToken: string }>().csrfToken)
  })
})

describe('security headers and API document', () => {
  it('sends a Content-Security-Policy and serves the OpenAPI document', async () => {
    const res = await server.app.inject({ url: '/api/openapi.json' })
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    const doc = res.json<{ paths: Record<string, unknown> }>()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/entries',
        '/api/entries/{id}',
        '/api/entries/{id}/review',
        '/api/items/{itemId}/history',
      ]),
    )
  })
})

const backup = {
  format: 'qidong-targets-progress',
  version: 1,
  exportedAt: '2023-07-10T08:00:00.000Z',
  entries: [
    {
      id: 'b1',
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-06',
      value: 5.2,
      basis: 'final',
      recordedAt: '2023-07-08T08:00:00.000Z',
    },
    {
      id: 'b2',
      type: 'task',
      targetId: 'task-nev-industrial-park',
      asOf: '2023-06',
      taskStatus: 'in_progress',
      recordedAt: '2023-07-08T08:00:00.000Z',
    },
  ],
}

describe('moving in a browser backup', () => {
  it('previews, then applies in one go; a bad file changes nothing', async () => {
    const preview = await admin.request({ method: 'POST', url: '/api/import?dryRun=true', payload: backup })
    expect(preview.statusCode, preview.body).toBe(200)
    expect(preview.json()).toMatchObject({ applied: false, plan: { unchanged: 0 } })
    expect(preview.json<{ plan: { added: unknown[] } }>().plan.added).toHaveLength(2)
    expect(
      (await admin.request({ url: '/api/entries' })).json<{ entries: unknown[] }>().entries,
    ).toHaveLength(0)

    const bad = {
      ...backup,
      entries: [...backup.entries.slice(0, 1), { ...backup.entries[0], id: 'b3', targetId: 'no-such-item' }],
    }
    const refused = await admin.request({ method: 'POST', url: '/api/import', payload: bad })
    expect(refused.statusCode).toBe(400)
    const problems = refused.json<{ code: string; problems: { where: string }[] }>()
    expect(problems.code).toBe('import_problems')
    expect(problems.problems.map((p) => p.where)).toEqual(['第 2 条记录（编号 b3）'])
    expect(
      (await admin.request({ url: '/api/entries' })).json<{ entries: unknown[] }>().entries,
    ).toHaveLength(0)

    const applied = await admin.request({ method: 'POST', url: '/api/import', payload: backup })
    expect(applied.json()).toMatchObject({ applied: true })
    const { entries } = (await admin.request({ url: '/api/entries' })).json<{
      entries: { id: string; review: { status: string } }[]
    }>()
    expect(entries.map((e) => [e.id, e.review.status])).toEqual(
      [
        ['b1', 'approved'],
        ['b2', 'approved'],
      ].sort(),
    )
    const again = await admin.request({ method: 'POST', url: '/api/import?dryRun=true', payload: backup })
    expect(again.json()).toMatchObject({ plan: { added: [], changed: [], unchanged: 2 } })
  })
})

describe('documents', () => {
  it('keeps a document with versions', async () => {
    const saved = await admin.request({
      method: 'PUT',
      url: '/api/documents/cycle:2023-06',
      payload: { body: { period: '2023-06', issue: 6 } },
    })
    expect(saved.json()).toMatchObject({ version: 1 })
    const stale = await admin.request({
      method: 'PUT',
      url: '/api/documents/cycle:2023-06',
      headers: { 'if-match': '"0"' },
      payload: { body: {} },
    })
    expect(stale.statusCode).toBe(409)
    const list = await admin.request({ url: '/api/documents?prefix=cycle:' })
    expect(list.json()).toEqual([expect.objectContaining({ key: 'cycle:2023-06', version: 1 })])
  })
})

describe('backup and restore', () => {
  it('a dump restores every row into a fresh database, and history stays append-only after it', async () => {
    const dump = JSON.parse(
      JSON.stringify(await dumpDatabase(server.store.db, server.store.engine)),
    ) as Awaited<ReturnType<typeof dumpDatabase>>
    const other = await startTestServer()
    try {
      await restoreDatabase(other.store.db, dump)
      const again = await dumpDatabase(other.store.db, other.store.engine)
      for (const table of ['users', 'entries', 'documents', 'units'] as const)
        expect(JSON.parse(JSON.stringify(again.tables[table]))).toEqual(dump.tables[table])
      expect(again.tables.events?.at(-1)).toMatchObject({ kind: 'database.restored' })
      // Accounts came along: the restored admin signs in and writes with fresh ids.
      const client = await signIn(other.app, 'dcs')
      const res = await client.request({
        method: 'POST',
        url: '/api/items/gdp-growth-2023/comments',
        payload: { text: '恢复后可写' },
      })
      expect(res.statusCode, res.body).toBe(201)
    } finally {
      await other.close()
    }
  })
})
