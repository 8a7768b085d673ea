import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { issuedBulletin, issuedNotice } from '@/test-support/issued-fixtures'
import { lockWrites } from './db/events'
import { seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// An issued 通报 or 督办单 is kept on the server exactly once: a second save under its key is refused (409) by the
// server itself, whatever the client sends; only the 督查室 writes, everyone signed in reads.

let server: TestServer
let admin: Client
let leader: Client

beforeAll(async () => {
  server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  await seedUser(server.store, 'boss', 'leader')
  admin = await signIn(server.app, 'dcs')
  leader = await signIn(server.app, 'boss')
})
afterAll(() => server.close())

const put = (client: Client, key: string, body: unknown, version?: number) =>
  client.request({
    method: 'PUT',
    url: `/api/documents/${key}`,
    payload: { body },
    ...(version !== undefined && { headers: { 'if-match': `"${version}"` } }),
  })

describe('issued 通报 snapshots', () => {
  it('keeps one, lists it with its body, and refuses any later PUT over it, with or without a version', async () => {
    const first = await put(admin, 'bulletin:b-1', issuedBulletin('b-1'))
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ key: 'bulletin:b-1', version: 1 })

    const changed = { ...issuedBulletin('b-1'), scope: '改过的' }
    for (const version of [undefined, 1, 0]) {
      const again = await put(admin, 'bulletin:b-1', changed, version)
      expect(again.statusCode).toBe(409)
      expect(again.json()).toMatchObject({
        code: 'already_issued',
        message: expect.stringContaining('已经印发') as unknown,
      })
    }
    const listed = await leader.request({ url: '/api/documents?prefix=bulletin:&bodies=true' })
    expect(listed.json()).toEqual([
      expect.objectContaining({ key: 'bulletin:b-1', version: 1, body: issuedBulletin('b-1') }),
    ])
    const keysOnly = await leader.request({ url: '/api/documents?prefix=bulletin:' })
    expect(keysOnly.json<object[]>()[0]).not.toHaveProperty('body')
  })

  it('refuses a snapshot that does not parse, or stored under another id, and keeps nothing', async () => {
    const bad = await put(admin, 'bulletin:b-2', { ...issuedBulletin('b-2'), header: { issue: 0 } })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({
      code: 'invalid_document',
      message: expect.stringContaining('内容不正确') as unknown,
    })
    const elsewhere = await put(admin, 'bulletin:b-3', issuedBulletin('b-2'))
    expect(elsewhere.statusCode).toBe(400)
    const listed = await admin.request({ url: '/api/documents?prefix=bulletin:b-' })
    expect(listed.json<{ key: string }[]>().map((d) => d.key)).toEqual(['bulletin:b-1'])
  })

  it('lets only the 督查室 issue: a leader gets 403', async () => {
    const res = await put(leader, 'bulletin:b-4', issuedBulletin('b-4'))
    expect(res.statusCode).toBe(403)
  })
})

describe('期数: one number once a year', () => {
  const withIssue = (id: string, issue: number, issuedOn: string) => {
    const b = issuedBulletin(id, issue)
    return { ...b, header: { ...b.header, issuedOn } }
  }

  it('refuses a second 通报 under a 期数 already issued that year (409 issue_taken), naming it and the next one', async () => {
    expect((await put(admin, 'bulletin:y-1', withIssue('y-1', 7, '2023-11-08'))).statusCode).toBe(200)
    const again = await put(admin, 'bulletin:y-2', withIssue('y-2', 7, '2023-12-08'))
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({
      code: 'issue_taken',
      message: expect.stringMatching(/^2023年第7期已于2023-11-08印发.*请改为第8期/) as unknown,
      taken: { id: 'y-1', issue: 7, issuedOn: '2023-11-08' },
    })
    // The same number in the next year is a new series; a free number this year is kept too.
    expect((await put(admin, 'bulletin:y-3', withIssue('y-3', 7, '2024-01-08'))).statusCode).toBe(200)
    expect((await put(admin, 'bulletin:y-4', withIssue('y-4', 8, '2023-12-08'))).statusCode).toBe(200)
    const keys = (await admin.request({ url: '/api/documents?prefix=bulletin:y-' })).json<{ key: string }[]>()
    expect(keys.map((d) => d.key)).toEqual(['bulletin:y-1', 'bulletin:y-3', 'bulletin:y-4'])
  })

  it('lets only one of simultaneous 印发 of the same 期数 win, from two sessions', async () => {
    const other = await signIn(server.app, 'dcs')
    const ids = ['race-a', 'race-b', 'race-c', 'race-d']
    const answers = await allWaitingOnWrites(ids.length, () =>
      Promise.all(
        ids.map((id, i) => put(i % 2 ? other : admin, `bulletin:${id}`, withIssue(id, 21, '2023-10-08'))),
      ),
    )
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409])
    for (const lost of answers.filter((a) => a.statusCode === 409))
      expect(lost.json()).toMatchObject({ code: 'issue_taken' })
    const kept = (await admin.request({ url: '/api/documents?prefix=bulletin:race-' })).json<unknown[]>()
    expect(kept).toHaveLength(1)
  })
})

/**
 * On PostgreSQL, holds the write lock until `n` requests wait for it, so they truly overlap: a rule checked before
 * taking the lock would let them all win. PGlite has one connection, so there requests overlap only in Node.
 */
async function allWaitingOnWrites<T>(n: number, run: () => Promise<T>): Promise<T> {
  if (server.store.engine === 'pglite') return run()
  let answers: Promise<T> | undefined
  await server.store.db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    answers = run()
    for (let tries = 0; tries < 200; tries++) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks
        where locktype = 'advisory' and not granted`.execute(trx)
      if ((rows[0]?.n ?? 0) >= n) break
      await new Promise((r) => setTimeout(r, 50))
    }
  })
  return answers!
}

describe('issued 督办单', () => {
  it('keeps one and refuses to change it', async () => {
    expect((await put(admin, 'supervision:n-1', issuedNotice('n-1'))).statusCode).toBe(200)
    const again = await put(admin, 'supervision:n-1', { ...issuedNotice('n-1'), requirements: '改' }, 1)
    expect(again.statusCode).toBe(409)
    const got = await leader.request({ url: '/api/documents/supervision:n-1' })
    expect(got.json()).toMatchObject({ body: { requirements: '请于反馈时限前报送整改措施。' } })
  })
})

describe('settings documents', () => {
  it('stay editable with versions: a stale If-Match answers 409 with the stored one', async () => {
    const first = await put(admin, 'settings:bulletin', { issuer: '祁东县人民政府督查室' })
    expect(first.statusCode).toBe(200)
    expect((await put(admin, 'settings:bulletin', { issuer: '甲' }, 1)).statusCode).toBe(200)
    const stale = await put(admin, 'settings:bulletin', { issuer: '乙' }, 1)
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({ current: { body: { issuer: '甲' }, version: 2 } })
  })
})

describe('责任领导', () => {
  it('only the 督查室 removes one; the removal is an event in the history', async () => {
    await admin.request({ method: 'PUT', url: '/api/leaders/张三', payload: { title: '副县长' } })
    expect((await leader.request({ method: 'DELETE', url: '/api/leaders/张三' })).statusCode).toBe(403)
    expect((await admin.request({ method: 'DELETE', url: '/api/leaders/张三' })).statusCode).toBe(200)
    expect((await admin.request({ method: 'DELETE', url: '/api/leaders/张三' })).statusCode).toBe(404)
    expect((await admin.request({ url: '/api/leaders' })).json()).toEqual([])
    const { changes } = (await admin.request({ url: '/api/changes?since=0' })).json<{
      changes: { kind: string; subject: string }[]
    }>()
    expect(changes.at(-1)).toMatchObject({ kind: 'leader.removed', subject: '张三' })
  })
})
