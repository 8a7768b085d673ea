// Browser storage is IndexedDB: the old localStorage store moves over once (read back before the old key goes; a
// failed move leaves it untouched and says why), a county's year fits, a full store says 未能保存, tabs keep in step.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'
import { countyYear, maximumLengths, storedYear } from './fixtures/county-year'
import { documentStored, storedDocument } from './stored'

const KEY = 'qidong-targets.progress'
const url = () => `${baseURL()}?view=progress&period=2023-06`
const heading = (page: Page) => page.getByRole('heading', { level: 2, name: '2023年目标进度监测' })
const badge = (page: Page, id: string) => page.locator(`[data-progress-item="${id}"] [data-status]`).first()

const entry = {
  id: 'moved-1',
  type: 'value',
  targetId: 'gdp-growth-2023',
  asOf: '2023-06',
  value: 7.9,
  basis: 'provisional',
  recordedAt: '2023-07-10T08:00:00.000Z',
  situation: '一季度以来，县发改局牵头调度。',
}
const oldStore = JSON.stringify({ state: { entries: [entry] }, version: 1 })

let s: Session | undefined
afterEach(async () => {
  await s?.context.close()
  s = undefined
})

/** Opens the app with the old localStorage store in place, as an earlier version left it */
async function withOldStore(page: Page) {
  await page.goto(url())
  await heading(page).waitFor()
  await page.evaluate((raw) => {
    localStorage.setItem('qidong-targets.progress', raw)
  }, oldStore)
  await documentStored(page, KEY, null)
}

/** Sets this origin's storage quota (Chromium DevTools protocol), to make the store full */
async function quota(page: Page, bytes: number | undefined) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL()).origin,
    ...(bytes !== undefined && { quotaSize: bytes }),
  })
}

it('moves the localStorage store to IndexedDB once, reading it back before the old key is removed', async () => {
  s = await openBrowser()
  const { page } = s
  await withOldStore(page)
  await page.reload()
  await expect.poll(() => badge(page, 'gdp-growth-2023').textContent()).toBe('达进度')
  await expect(storedDocument(page, KEY)).resolves.toBe(oldStore)
  await expect(page.evaluate(() => localStorage.getItem('qidong-targets.progress'))).resolves.toBeNull()
  await page.reload()
  await expect.poll(() => badge(page, 'gdp-growth-2023').textContent()).toBe('达进度')
  await expect(page.getByRole('alert').count()).resolves.toBe(0)
  expect(s.problems).toEqual([])
})

it('leaves localStorage as it is when the move fails, says why in Chinese, and keeps working', async () => {
  s = await openBrowser()
  const { page } = s
  await withOldStore(page)
  await quota(page, 1) // IndexedDB refuses every write
  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: '未能迁移' })
  await expect(alert.textContent()).resolves.toContain('浏览器存储空间已满')
  await expect(alert.textContent()).resolves.toContain('原数据仍在原处')
  await expect.poll(() => badge(page, 'gdp-growth-2023').textContent()).toBe('达进度')
  await expect(page.evaluate(() => localStorage.getItem('qidong-targets.progress'))).resolves.toBe(oldStore)
  await expect(storedDocument(page, KEY)).resolves.toBeNull()
  await page.screenshot({ path: join(artifacts, 'idb-move-failed-1440.png') })
  await quota(page, undefined)
})

it('says 未能保存 when IndexedDB is full, keeps what was typed, and saves once there is room', async () => {
  s = await openBrowser({ width: 390 })
  const { page } = s
  await page.goto(url())
  await heading(page).waitFor()
  await quota(page, 1)
  await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
  const gdp = page.locator('[data-progress-item="gdp-growth-2023"]')
  await gdp.getByLabel('数值（%）').fill('7.4')
  await gdp.getByLabel('备注（选填）').fill('统计局快报')
  await gdp.getByRole('button', { name: '保存记录' }).click()
  await expect.poll(() => gdp.getByRole('alert').textContent()).toContain('未能保存：浏览器存储空间已满')
  await expect(gdp.getByLabel('数值（%）').inputValue()).resolves.toBe('7.4')
  await expect(gdp.getByLabel('备注（选填）').inputValue()).resolves.toBe('统计局快报')
  await expect(badge(page, 'gdp-growth-2023').textContent()).resolves.toBe('未报送')
  await page.screenshot({ path: join(artifacts, 'idb-full-390.png') })

  await quota(page, undefined)
  await gdp.getByRole('button', { name: '保存记录' }).click()
  await expect.poll(() => badge(page, 'gdp-growth-2023').textContent()).toBe('达进度')
  await page.reload()
  await expect.poll(() => badge(page, 'gdp-growth-2023').textContent()).toBe('达进度')
})

it('keeps a year of a county’s entries with the longest narratives, and still saves in good time', async () => {
  s = await openBrowser()
  const { page } = s
  await page.goto(url())
  await heading(page).waitFor()
  const year = storedYear(countyYear(maximumLengths))[KEY]!
  await documentStored(page, KEY, year)
  await page.reload()
  await expect
    .poll(() => page.locator('[data-progress-item="gdp-growth-2023"]').textContent(), { timeout: 20_000 })
    .not.toContain('尚未录入')
  await page.getByRole('button', { name: '录入进度：新增城镇就业' }).click()
  const jobs = page.locator('[data-progress-item="new-urban-jobs-2023"]')
  await jobs.getByLabel(/^数值/).fill('3500')
  await jobs.getByRole('radio', { name: '正式' }).check()
  await jobs.getByRole('button', { name: '保存记录' }).click()
  const started = Date.now()
  await jobs.getByRole('button', { name: '替换原记录' }).click() // 6月 already has the 正式 figure
  await expect.poll(() => storedDocument(page, KEY)).toContain('"value":3500')
  const saveMs = Date.now() - started
  const stored = (await storedDocument(page, KEY)) ?? ''
  expect(stored.length).toBeGreaterThan(5_242_880) // more than localStorage holds in Chromium
  expect(saveMs).toBeLessThan(5000)
  expect(s.problems).toEqual([])
}, 60_000)

it('shows another tab’s save, and goes read-only when a newer version writes from another tab', async () => {
  s = await openBrowser()
  const { page } = s
  await page.goto(url())
  await heading(page).waitFor()
  const other = await s.context.newPage()
  await other.goto(url())
  await heading(other).waitFor()

  await other.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
  const gdp = other.locator('[data-progress-item="gdp-growth-2023"]')
  await gdp.getByLabel('数值（%）').fill('7.9')
  await gdp.getByRole('button', { name: '保存记录' }).click()
  await expect.poll(() => badge(page, 'gdp-growth-2023').textContent()).toBe('达进度')
  const newer = JSON.stringify({ state: { records: [] }, version: 9 })
  await documentStored(other, KEY, newer, true)
  const alert = page.getByRole('alert').filter({ hasText: '来自更新版本的看板' })
  await alert.waitFor()
  await page.getByRole('button', { name: '录入进度：新增城镇就业' }).click()
  const jobs = page.locator('[data-progress-item="new-urban-jobs-2023"]')
  await jobs.getByLabel(/^数值/).fill('3500')
  await jobs.getByRole('radio', { name: '预计' }).check()
  await jobs.getByRole('button', { name: '保存记录' }).click()
  await expect.poll(() => jobs.getByRole('alert').textContent()).toContain('未能保存')
  await expect(storedDocument(page, KEY)).resolves.toBe(newer)
})
