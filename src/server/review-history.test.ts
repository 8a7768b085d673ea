import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// A unit's entry is 待审核 until the 督查室 approves or returns it; every change is an event in the item's 台账.

let server: TestServer
let admin: Client
let reporter: Client
let leader: Client
const STATS = '县统计局'
const item = 'gdp-growth-2023'
const provisional = { type: 'value', targetId: item, asOf: '2023-06', value: 5.1, basis: 'provisional' }
type Entry = { id: string; version: number; review: { status: string; reason: string | null } }

beforeAll(async () => {
  server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  await seedUser(server.store, 'tjj', 'reporter', STATS)
  await seedUser(server.store, 'ld', 'leader')
  ;[admin, reporter, leader] = await Promise.all([
    signIn(server.app, 'dcs'),
    signIn(server.app, 'tjj'),
    signIn(server.app, 'ld'),
  ])
  await admin.request({
    method: 'PUT',
    url: `/api/assignments/${item}`,
    payload: { leadUnit: STATS, frequency: 'quarterly' },
  })
})
afterAll(() => server.close())

describe('review', () => {
  it('returned with a reason, corrected, then approved; the 预计 and the 核实 figure both stay in the history', async () => {
    const created = (
      await reporter.request({ method: 'POST', url: '/api/entries', payload: provisional })
    ).json<Entry>()
    expect(created.review.status).toBe('pending')

    const noReason = await admin.request({
      method: 'POST',
      url: `/api/entries/${created.id}/review`,
      payload: { decision: 'return' },
    })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json()).toMatchObject({ code: 'reason_required' })

    const byReporter = await reporter.request({
      method: 'POST',
      url: `/api/entries/${created.id}/review`,
      payload: { decision: 'approve' },
    })
    expect(byReporter.statusCode).toBe(403)

    const returned = await admin.request({
      method: 'POST',
      url: `/api/entries/${created.id}/review`,
      payload: { decision: 'return', reason: '请按统计快报核实' },
    })
    expect(returned.json()).toMatchObject({
      review: { status: 'returned', reason: '请按统计快报核实', by: 'dcs' },
    })

    const seen = (await reporter.request({ url: `/api/entries/${created.id}` })).json<Entry>()
    expect(seen.review.reason).toBe('请按统计快报核实')

    const corrected = await reporter.request({
      method: 'PUT',
      url: `/api/entries/${created.id}`,
      headers: { 'if-match': `"${seen.version}"` },
      payload: { ...provisional, value: 4.9, basis: 'final' },
    })
    expect(corrected.statusCode, corrected.body).toBe(200)
    expect(corrected.json()).toMatchObject({
      value: 4.9,
      basis: 'final',
      review: { status: 'pending', reason: null },
    })

    const approved = await admin.request({
      method: 'POST',
      url: `/api/entries/${created.id}/review`,
      payload: { decision: 'approve' },
    })
    expect(approved.json()).toMatchObject({ review: { status: 'approved' } })

    const history = (await leader.request({ url: `/api/items/${item}/history` })).json<{
      events: {
        kind: string
        actor: string
        before: { value?: number; basis?: string } | null
        after: { value?: number; basis?: string } | null
      }[]
    }>()
    const kinds = history.events.map((e) => `${e.kind} ${e.actor}`)
    expect(kinds).toEqual([
      'assignment.updated dcs',
      'entry.created tjj',
      'entry.reviewed dcs',
      'entry.updated tjj',
      'entry.reviewed dcs',
    ])
    const update = history.events[3]!
    expect(update.before).toMatchObject({ value: 5.1, basis: 'provisional' })
    expect(update.after).toMatchObject({ value: 4.9, basis: 'final' })
  })

  it('lists pending entries for the review queue', async () => {
    await reporter.request({
      method: 'POST',
      url: '/api/entries',
      payload: { ...provisional, asOf: '2023-09' },
    })
    const res = await admin.request({ url: '/api/entries?status=pending' })
    const { entries } = res.json<{ entries: Entry[] }>()
    expect(entries.length).toBe(1)
    expect(entries[0]!.review.status).toBe('pending')
  })

  it('the history cannot be rewritten, even by SQL', async () => {
    await expect(server.store.db.deleteFrom('events').execute()).rejects.toThrow(/append-only/)
  })
})

describe('批示 and the change feed', () => {
  it('a leader adds a 批示; a reporter may not; both screens see it through the feed', async () => {
    const { cursor } = (await reporter.request({ url: '/api/changes' })).json<{ cursor: number }>()
    const res = await leader.request({
      method: 'POST',
      url: `/api/items/${item}/comments`,
      payload: { text: '加快进度，确保全年目标' },
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ author: 'ld', text: '加快进度，确保全年目标' })
    expect(
      (
        await reporter.request({
          method: 'POST',
          url: `/api/items/${item}/comments`,
          payload: { text: '好' },
        })
      ).statusCode,
    ).toBe(403)

    const feed = (await reporter.request({ url: `/api/changes?since=${cursor}` })).json<{
      cursor: number
      changes: { kind: string; itemId: string }[]
    }>()
    expect(feed.changes).toEqual([expect.objectContaining({ kind: 'comment.added', itemId: item })])
    expect(feed.cursor).toBeGreaterThan(cursor)
    const comments = (await admin.request({ url: `/api/comments?itemId=${item}` })).json<{
      comments: { text: string }[]
    }>()
    expect(comments.comments.map((c) => c.text)).toEqual(['加快进度，确保全年目标'])
  })
})

describe('units and assignments', () => {
  it('a unit rename renames it in every assignment and account, as events', async () => {
    await admin.request({ method: 'POST', url: '/api/units', payload: { name: '县农业局', kind: 'county' } })
    const put = await admin.request({
      method: 'PUT',
      url: '/api/assignments/grain-sown-area-2023',
      payload: {
        leadUnit: '县农业局',
        partnerUnits: [STATS],
        leader: undefined,
        owner: '李四',
        deadline: '2023-12',
        frequency: 'monthly',
      },
    })
    expect(put.statusCode, put.body).toBe(200)
    const renamed = await admin.request({
      method: 'PUT',
      url: `/api/units/${encodeURIComponent(STATS)}`,
      payload: { name: '县统计局（普查中心）' },
    })
    expect(renamed.statusCode, renamed.body).toBe(200)
    const { assignments } = (await leader.request({ url: '/api/responsibility' })).json<{
      assignments: { itemId: string; leadUnit?: string; partnerUnits: string[] }[]
    }>()
    expect(assignments.find((a) => a.itemId === item)?.leadUnit).toBe('县统计局（普查中心）')
    expect(assignments.find((a) => a.itemId === 'grain-sown-area-2023')?.partnerUnits).toEqual([
      '县统计局（普查中心）',
    ])
    const me = (await reporter.request({ url: '/api/session' })).json<{ user: { unit: string } }>()
    expect(me.user.unit).toBe('县统计局（普查中心）')
    const history = (await admin.request({ url: `/api/items/${item}/history` })).json<{
      events: { kind: string }[]
    }>()
    expect(history.events.at(-1)?.kind).toBe('unit.renamed')
    // The reporter still records for its (renamed) unit's item.
    expect(
      (
        await reporter.request({
          method: 'POST',
          url: '/api/entries',
          payload: { ...provisional, asOf: '2023-12' },
        })
      ).statusCode,
    ).toBe(201)
  })

  it('an assignment naming an unknown unit is refused in Chinese', async () => {
    const res = await admin.request({
      method: 'PUT',
      url: '/api/assignments/grain-sown-area-2023',
      payload: { leadUnit: '不存在局', frequency: 'monthly' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json<{ message: string }>().message).toContain('单位名录中没有：不存在局')
  })

  it('only the 督查室 changes assignments', async () => {
    const res = await reporter.request({
      method: 'PUT',
      url: `/api/assignments/${item}`,
      payload: { frequency: 'monthly' },
    })
    expect(res.statusCode).toBe(403)
  })
})
