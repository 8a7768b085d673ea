import { afterAll, beforeAll, expect, it } from 'vitest'
import { addUser } from './accounts'
import { runCommand } from './commands'
import { PASSWORD, seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// The 台账记录 and the review lines name people, 姓名（单位）, not account logins; an account without a 姓名 shows
// its login, and the history itself keeps the login (which never changes).

let server: TestServer
let admin: Client
let reporter: Client
const item = 'gdp-growth-2023'

beforeAll(async () => {
  server = await startTestServer()
  await addUser(server.store.db, { login: 'dcs', name: '王芳', role: 'admin', password: PASSWORD }, 'test')
  await seedUser(server.store, 'tjj', 'reporter', '县统计局')
  ;[admin, reporter] = await Promise.all([signIn(server.app, 'dcs'), signIn(server.app, 'tjj')])
})
afterAll(() => server.close())

it('names who changed an item as 姓名（单位）, or the login when the account has none', async () => {
  await admin.request({
    method: 'PUT',
    url: `/api/assignments/${item}`,
    payload: { leadUnit: '县统计局', frequency: 'quarterly' },
  })
  const created = await reporter.request({
    method: 'POST',
    url: '/api/entries',
    payload: { type: 'value', targetId: item, asOf: '2023-06', value: 5.1, basis: 'provisional' },
  })
  expect(created.json()).toMatchObject({ recordedBy: 'tjj', recordedByName: 'tjj（县统计局）' })
  const { id, version } = created.json<{ id: string; version: number }>()
  const reviewed = await admin.request({
    method: 'POST',
    url: `/api/entries/${id}/review`,
    payload: { decision: 'approve' },
    headers: { 'if-match': `"${version}"` },
  })
  expect(reviewed.json()).toMatchObject({ review: { by: 'dcs', byName: '王芳（督查室）' } })

  const { events } = (await reporter.request({ url: `/api/items/${item}/history` })).json<{
    events: { actor: string; actorName: string }[]
  }>()
  expect(events.map((e) => `${e.actor} ${e.actorName}`)).toEqual([
    'dcs 王芳（督查室）',
    'tjj tjj（县统计局）',
    'dcs 王芳（督查室）',
  ])
  expect(events).toHaveLength(3)
  const added = await admin.request({
    method: 'POST',
    url: `/api/items/${item}/comments`,
    payload: { text: '请按月报送。' },
  })
  expect(added.json()).toMatchObject({ author: 'dcs', authorName: '王芳（督查室）' })
  const { comments } = (await reporter.request({ url: `/api/comments?itemId=${item}` })).json<{
    comments: { authorName: string }[]
  }>()
  expect(comments.map((c) => c.authorName)).toEqual(['王芳（督查室）'])
  const { entries } = (await reporter.request({ url: '/api/entries' })).json<{
    entries: { recordedByName: string; review: { byName: string } }[]
  }>()
  expect(entries).toMatchObject([{ recordedByName: 'tjj（县统计局）', review: { byName: '王芳（督查室）' } }])
})

it('`npm run user -- name` gives an account its 姓名, shown from then on, for its past changes too', async () => {
  const named = await runCommand(server.store, ['user', 'name', 'tjj', '李明'], '')
  expect(named).toMatchObject({ code: 0, stdout: '已将 tjj 的姓名设为 李明\n' })
  const listed = await runCommand(server.store, ['user', 'list'], '')
  expect(listed.stdout).toContain('tjj\t李明\t填报员\t县统计局\t正常')
  const { events } = (await admin.request({ url: `/api/items/${item}/history` })).json<{
    events: { actorName: string }[]
  }>()
  expect(events.map((e) => e.actorName)).toContain('李明（县统计局）')
  expect((await runCommand(server.store, ['user', 'name', 'tjj'], '')).code).toBe(2)
})
