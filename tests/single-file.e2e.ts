// The single-file build opens from disk (file://) with no server and no other file, and everything works in it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, drawnChart, openBrowser, type Session } from './browser'
import { storedDocument } from './stored'

const file = pathToFileURL(join(import.meta.dirname, '..', 'dist-single', 'index.html')).href
let s: Session
const requested: string[] = []
beforeAll(async () => {
  // Built here, fresh, so the test never checks a stale file (≈ 2 s).
  await build({ mode: 'single', logLevel: 'warn' })
  s = await openBrowser()
  s.page.on('request', (r) => requested.push(r.url()))
}, 120_000)
afterAll(async () => {
  await s.context.close()
})

it('opens from disk with the headline cards, the dataset and drawn charts', async () => {
  const { page } = s
  await page.goto(file)
  await page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
  await page.getByText('县第十八届人大三次会议').first().waitFor()
  const headline = page.getByRole('region', { name: '2023年主要预期目标' })
  await expect(headline.getByRole('article').count()).resolves.toBe(6)
  await expect(headline.textContent()).resolves.toContain('7.5%左右')
  // The chart modules, lazy chunks when served, are inlined here: the charts draw with no server.
  const chart = page.locator(drawnChart()).first()
  await chart.waitFor()
  await expect(chart.locator('path, rect').count()).resolves.toBeGreaterThan(0)
  await page.screenshot({ path: join(artifacts, 'single-file-1440.png') })
})

it('filters the sector panels, the filter kept in the file:// URL', async () => {
  const { page } = s
  const rural = page.getByRole('group', { name: '按领域筛选' }).getByRole('checkbox', { name: '乡村振兴' })
  await rural.focus()
  await page.keyboard.press('Space')
  await page.waitForURL(`${file}?sector=rural`)
  const visible = page.locator('section[id^="sector-"]:visible')
  await expect.poll(() => visible.evaluateAll((els) => els.map((e) => e.id))).toEqual(['sector-rural'])
  await page.keyboard.press('Space')
  await page.waitForURL(file)
})

it('exports a chart as a PNG download', async () => {
  const { page } = s
  await page.getByRole('button', { name: '导出', exact: true }).first().click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'PNG 图片（2倍）' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.png$/)
  const png = await readFile(await download.path())
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.readUInt32BE(16)).toBeGreaterThan(400) // 2x the chart's width
})

it('opens the 原文 view with the report text inside the file', async () => {
  await s.page.getByRole('button', { name: '原文：地区生产总值增速（2023年目标）' }).first().click()
  const source = s.page.getByRole('dialog', { name: '原文' })
  await expect(source.locator('mark').textContent()).resolves.toBe('地区生产总值增长7.5%左右')
  await s.page.keyboard.press('Escape')
  await source.waitFor({ state: 'hidden' })
})

it('opens the glossary drawer', async () => {
  await s.page.getByRole('button', { name: '名词解释' }).click()
  const drawer = s.page.getByRole('dialog', { name: '名词解释' })
  await drawer.getByText('三主三特').first().waitFor()
  await s.page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
})

it('records a progress entry that survives a reload (IndexedDB on file://)', async () => {
  const { page } = s
  await page.getByRole('link', { name: '进度监测', exact: true }).click()
  await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
  const gdp = page.locator('[data-progress-item="gdp-growth-2023"]')
  await gdp.getByLabel('数值（%）').fill('6.2')
  await gdp.getByLabel('截至月份').selectOption({ label: '1—12月（全年）' })
  await gdp.getByRole('radio', { name: '正式' }).check()
  await gdp.getByRole('button', { name: '保存记录' }).click()
  const badge = gdp.locator('[data-status]').first()
  await expect.poll(() => badge.textContent()).toBe('未完成')
  await expect.poll(() => storedDocument(page, 'qidong-targets.progress')).toContain('"value":6.2')
  await page.reload()
  await expect.poll(() => badge.textContent()).toBe('未完成')
  expect(page.url()).toBe(`${file}?view=progress`)
})

it('fetched nothing but the file itself and logged no error', async () => {
  // Run alone, this test loads the file itself: an empty request log would prove nothing.
  if (!requested.includes(file)) {
    await s.page.goto(file)
    await s.page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
  }
  expect(requested).toContain(file)
  expect(requested.filter((u) => !u.startsWith(file) && !/^(data|blob):/.test(u))).toEqual([])
  expect(s.problems).toEqual([])
})
