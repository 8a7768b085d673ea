import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// The API keeps every access rule on the server: roles, units, CSRF, versions; and answers errors in Chinese.

let server: TestServer
let admin: Client
let reporter: Client
let otherReporter: Client
let leader: Client

const STATS = '县统计局'
const item = 'gdp-growth-2023'

beforeAll(async () => {
  server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  await seedUser(server.store, 'tjj', 'reporter', STATS)
  await seedUser(server.store, 'fgj', 'reporter', '县发改局')
  await seedUser(server.store, 'ld', 'leader')
  admin = await signIn(server.app, 'dcs')
  reporter = await signIn(server.app, 'tjj')
  otherReporter = await signIn(server.app, 'fgj')
  leader = await signIn(server.app, 'ld')
  const res = await admin.request({
    method: 'PUT',
    url: `/api/assignments/${item}`,
    payload: { leadUnit: STATS, partnerUnits: [], frequency: 'quarterly' },
  })
  expect(res.statusCode, res.body).toBe(200)
})
afterAll(() => server.close())

const entry = { type: 'value', targetId: item, asOf: '2023-06', value: 5.1, basis: 'provisional' }

describe('health and session', () => {
  it('reports the engine', async () => {
    const res = await server.app.inject({ url: '/api/health' })
    expect(res.json()).toEqual({ status: 'ok', database: server.store.engine })
  })

  it('answers 401 with a Chinese message without a session', async () => {
    const res = await server.app.inject({ url: '/api/entries' })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'unauthenticated', message: '请先登录' })
  })

  it('returns the user and a CSRF token', async () => {
    const res = await reporter.request({ url: '/api/session' })
    expect(res.json()).toMatchObject({
      user: { login: 'tjj', role: 'reporter', unit: STATS },
      csrfToken: reporter.csrfToken,
    })
  })
})

describe('entries', () => {
  it('a reporter records an entry for its unit: pending until reviewed', async () => {
    const res = await reporter.request({ method: 'POST', url: '/api/entries', payload: entry })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      ...entry,
      version: 1,
      review: { status: 'pending' },
      recordedBy: 'tjj',
    })
  })

  it('a reporter of another unit gets 403', async () => {
    const res = await otherReporter.request({ method: 'POST', url: '/api/entries', payload: entry })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'forbidden' })
  })

  it('refuses a write without the CSRF token', async () => {
    const res = await reporter.request({ method: 'POST', url: '/api/entries', payload: entry, csrf: false })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf' })
  })

  it('a stale If-Match gets 409 with the current version', async () => {
    const created = (
      await reporter.request({ method: 'POST', url: '/api/entries', payload: { ...entry, asOf: '2023-03' } })
    ).json<{ id: string }>()
    const first = await admin.request({
      method: 'PUT',
      url: `/api/entries/${created.id}`,
      headers: { 'if-match': '"1"' },
      payload: { ...entry, asOf: '2023-03', value: 4.8 },
    })
    expect(first.statusCode, first.body).toBe(200)
    const stale = await reporter.request({
      method: 'PUT',
      url: `/api/entries/${created.id}`,
      headers: { 'if-match': '"1"' },
      payload: { ...entry, asOf: '2023-03', value: 4.9 },
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { value: 4.8, version: 2 } })
  })

  it('two edits from the same version at once: one saves, the other gets 409', async () => {
    const created = (
      await admin.request({ method: 'POST', url: '/api/entries', payload: { ...entry, asOf: '2023-04' } })
    ).json<{ id: string }>()
    const edit = (value: number) =>
      admin.request({
        method: 'PUT',
        url: `/api/entries/${created.id}`,
        headers: { 'if-match': '"1"' },
        payload: { ...entry, asOf: '2023-04', value },
      })
    const codes = (await Promise.all([edit(1), edit(2)])).map((r) => r.statusCode).sort()
    expect(codes).toEqual([200, 409])
  })

  it('a repeated id answers 409 with the entry already there', async () => {
    const payload = { ...entry, id: 'same-id-twice' }
    const codes = (
      await Promise.all([
        reporter.request({ method: 'POST', url: '/api/entries', payload }),
        reporter.request({ method: 'POST', url: '/api/entries', payload }),
      ])
    ).map((r) => r.statusCode)
    expect(codes.sort()).toEqual([201, 409])
  })

  it('a leader cannot record', async () => {
    const res = await leader.request({ method: 'POST', url: '/api/entries', payload: entry })
    expect(res.statusCode).toBe(403)
  })
})
