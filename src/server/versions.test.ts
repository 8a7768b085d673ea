import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// Every versioned record answers the same way: its ETag is its version, a write based on a stale version gets 409
// with what is stored now, and an If-Match that is not a version number gets 400.

let server: TestServer
let admin: Client
const STATS = '县统计局'
const item = 'gdp-growth-2023'

beforeAll(async () => {
  server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  // A unit comes into the directory with its first account.
  await seedUser(server.store, 'tjj', 'reporter', STATS)
  admin = await signIn(server.app, 'dcs')
})
afterAll(() => server.close())

const writes = {
  任务分解: (ifMatch?: string) =>
    admin.request({
      method: 'PUT',
      url: `/api/assignments/${item}`,
      ...(ifMatch && { headers: { 'if-match': ifMatch } }),
      payload: { leadUnit: STATS, partnerUnits: [], frequency: 'quarterly' },
    }),
  文档: (ifMatch?: string) =>
    admin.request({
      method: 'PUT',
      url: '/api/documents/cycle:2023-06',
      ...(ifMatch && { headers: { 'if-match': ifMatch } }),
      payload: { body: { issue: 6 } },
    }),
}

describe.each(Object.entries(writes))('%s', (_name, write) => {
  it('answers its version as the ETag, refuses a stale If-Match with 409 and the current record', async () => {
    const first = await write()
    expect(first.statusCode, first.body).toBe(200)
    const { version } = first.json<{ version: number }>()
    expect(first.headers.etag).toBe(`"${version}"`)

    const next = await write(`W/"${version}"`)
    expect(next.headers.etag).toBe(`"${version + 1}"`)

    const stale = await write(`"${version}"`)
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { version: version + 1 } })

    const bad = await write('latest')
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'bad_if_match', message: 'If-Match 应为记录的版本号，如 "3"' })
  })
})

it('names who recorded the stored entry in a stale edit’s 409, as its other answers do', async () => {
  const entry = { type: 'value', targetId: item, asOf: '2023-03', value: 5.2, basis: 'final' }
  const created = await admin.request({ method: 'POST', url: '/api/entries', payload: entry })
  expect(created.statusCode, created.body).toBe(201)
  const { id, version, recordedByName } = created.json<{
    id: string
    version: number
    recordedByName: string
  }>()
  expect(recordedByName).toContain('督查室')
  const edit = (ifMatch: number, value: number) =>
    admin.request({
      method: 'PUT',
      url: `/api/entries/${id}`,
      headers: { 'if-match': `"${ifMatch}"` },
      payload: { ...entry, value },
    })
  expect((await edit(version, 5.3)).statusCode).toBe(200)
  const stale = await edit(version, 5.4)
  expect(stale.statusCode).toBe(409)
  expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { value: 5.3, recordedByName } })
})
