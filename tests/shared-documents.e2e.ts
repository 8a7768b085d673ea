// In server mode what the 督查室 issues lives on the server: a 通报 印发 in one browser is 第1期 under 往期通报 in a
// leader's browser, a 督办单 签发 in one is counted in the other, and the issued snapshot cannot be overwritten.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, openBrowser, type Session } from './browser'
import { seedAssignments, seedEntries } from './fixtures/bulletin-seed'
import { startServed, type ApiCaller, type Served } from './served'

const PASSWORD = 'dcs-pass-2023'
let served: Served
let url: string
let admin: ApiCaller
const sessions: Session[] = []

beforeAll(async () => {
  served = await startServed()
  url = served.url
  served.userAdded({ login: 'ducha', password: PASSWORD, role: 'admin' })
  served.userAdded({ login: 'xianzhang', password: PASSWORD, role: 'leader' })
  // The 督查 cycle of the 通报 tests (units, leaders, 任务分解, entries at 本期 2023-09), through the API.
  admin = await served.api('ducha', PASSWORD)
  for (const unit of seedAssignments.units)
    await admin('POST', 'api/units', { name: unit.name, kind: unit.kind })
  for (const leader of seedAssignments.leaders)
    await admin('PUT', `api/leaders/${encodeURIComponent(leader.name)}`, {})
  for (const { itemId, ...a } of seedAssignments.assignments)
    expect((await admin('PUT', `api/assignments/${itemId}`, a)).status).toBe(200)
  for (const e of seedEntries) expect((await admin('POST', 'api/entries', e)).status).toBe(201)
}, 180_000) // a fresh embedded database starts slowly on a shared, busy machine

afterAll(async () => {
  for (const s of sessions) await s.context.close()
  await served.stop()
})

async function signedIn(login: string, width = 1440): Promise<Page> {
  const s = await openBrowser({ width, height: width > 500 ? 900 : 844 })
  sessions.push(s)
  await s.page.goto(`${url}?view=report&period=2023-09`)
  await s.page.getByLabel('账号').fill(login)
  await s.page.getByLabel('密码').fill(PASSWORD)
  await s.page.getByRole('button', { name: '登录' }).click()
  await s.page.locator('[data-bulletin]').getByRole('heading', { level: 2 }).waitFor()
  // The sign-in page asks GET api/session first, answered 401 by design; what counts is after signing in.
  s.problems.length = 0
  return s.page
}

it('印发 in the 督查室’s browser is 第1期 under 往期通报 in a leader’s; a 督办单 签发 in one is counted in the other', async () => {
  const office = await signedIn('ducha')
  const leader = await signedIn('xianzhang')
  const issued = leader.getByRole('region', { name: '往期通报' })
  await issued.getByText('尚未印发通报').waitFor()

  await office.getByLabel('印发日期').fill('2023-10-08')
  await office.getByRole('button', { name: '印发', exact: true }).click()
  await office.getByRole('button', { name: '确定印发' }).click()
  await office.getByText('已印发第1期').waitFor()

  // No reload: the leader's screen follows the server's change feed.
  await issued.getByRole('button', { name: '查看第1期' }).waitFor({ timeout: 15_000 })
  await issued.getByRole('button', { name: '查看第1期' }).click()
  await leader.getByText('第1期已印发（只读）').waitFor()
  const paper = leader.locator('[data-bulletin]')
  await expect(paper.locator('header').textContent()).resolves.toContain('第1期')
  await expect(paper.textContent()).resolves.toContain('县工信局')

  // The server keeps the snapshot as issued: a PUT over it is refused, whatever the client.
  const [kept] = (await (await admin('GET', 'api/documents?prefix=bulletin:&bodies=true')).json()) as {
    key: string
    body: { header: { issue: number } }
    version: number
  }[]
  expect(kept!.body.header.issue).toBe(1)
  const changed = { ...kept!.body, scope: '改过的' }
  const overwrite = await admin('PUT', `api/documents/${kept!.key}`, { body: changed })
  expect(overwrite.status).toBe(409)

  const board = office.getByRole('region', { name: '预警看板' })
  await board.getByRole('button', { name: '生成督办单：加快储能新材料配套产业园建设' }).click()
  await office.getByLabel('办理要求').fill('请县工信局于10月18日前报送征地进展。')
  await office.getByRole('button', { name: '签发督办单' }).click()
  // Shown once the server has kept it (the save is a round trip).
  await board.getByRole('listitem', { name: '县工信局' }).filter({ hasText: '已督办1次' }).waitFor()

  await leader.reload()
  await leader.locator('[data-bulletin]').getByRole('heading', { level: 2 }).waitFor()
  const theirBoard = leader.getByRole('region', { name: '预警看板' })
  // Shown once the server has kept it (the save is a round trip).
  await theirBoard.getByRole('listitem', { name: '县工信局' }).filter({ hasText: '已督办1次' }).waitFor()
  await leader.getByRole('region', { name: '往期通报' }).scrollIntoViewIfNeeded()
  await leader.screenshot({ path: join(artifacts, 'shared-documents-leader-1440.png') })
  await office.getByRole('button', { name: '印发', exact: true }).scrollIntoViewIfNeeded()
  await office.screenshot({ path: join(artifacts, 'shared-documents-office-1440.png') })
  for (const s of sessions) expect(s.problems).toEqual([])
})

it('a leader on a phone sees the same 往期通报', async () => {
  const phone = await signedIn('xianzhang', 390)
  const issued = phone.getByRole('region', { name: '往期通报' })
  await issued.getByRole('button', { name: '查看第1期' }).waitFor()
  await issued.scrollIntoViewIfNeeded()
  await phone.screenshot({ path: join(artifacts, 'shared-documents-leader-390.png') })
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth)
  expect(wide).toBeLessThanOrEqual(390)
  expect(sessions.at(-1)!.problems).toEqual([])
})

it('two 督查室 browsers both about to 印发 第5期: the server keeps one, the other is told which 期数 is taken and keeps its draft', async () => {
  const first = await signedIn('ducha')
  const second = await signedIn('ducha')
  // A 期数 typed by hand (not the default, which moves on by itself once the other 通报 is seen).
  for (const page of [first, second]) {
    await page.getByLabel('印发日期').fill('2023-11-08')
    await page.getByLabel('期数').fill('5')
  }
  await second.getByRole('textbox', { name: '下步工作要求' }).fill('请县工信局加快园区征地。')
  // Both ask; the first confirms, then the second confirms the same 期数.
  await first.getByRole('button', { name: '印发', exact: true }).click()
  await second.getByRole('button', { name: '印发', exact: true }).click()
  await first.getByRole('button', { name: '确定印发' }).click()
  await first.getByText('已印发第5期').waitFor()
  await second.getByRole('button', { name: '确定印发' }).click()
  const refused = second.getByRole('alert').filter({ hasText: '未能印发' })
  await refused.waitFor()
  await expect(refused.textContent()).resolves.toMatch(
    /^未能印发：2023年第5期已于2023-11-08印发（.+），同一年的期数不能重复，请改为第6期后再印发。通报草稿已保留，未作改动。$/,
  )
  await second.getByText('2023年第5期已经印发，期数不能重复，请改为第6期。').waitFor()
  await expect(second.getByRole('textbox', { name: '下步工作要求' }).inputValue()).resolves.toBe(
    '请县工信局加快园区征地。',
  )
  await expect(second.getByLabel('期数').inputValue()).resolves.toBe('5')
  const kept = (await (await admin('GET', 'api/documents?prefix=bulletin:&bodies=true')).json()) as {
    body: { header: { issue: number; issuedOn: string } }
  }[]
  expect(kept.filter((d) => d.body.header.issue === 5)).toHaveLength(1)

  await refused.scrollIntoViewIfNeeded()
  await second.screenshot({ path: join(artifacts, 'shared-documents-issue-taken-1440.png') })
  await second.setViewportSize({ width: 390, height: 844 })
  await refused.scrollIntoViewIfNeeded()
  await second.screenshot({ path: join(artifacts, 'shared-documents-issue-taken-390.png') })
  // The one refusal is the server's 409 for the taken 期数; nothing else went wrong.
  expect(sessions.at(-1)!.problems).toEqual([
    expect.stringMatching(/^http 409: .*api\/documents\/bulletin/),
    'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
  ])
  expect(sessions.at(-2)!.problems).toEqual([])
})
