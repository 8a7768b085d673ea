// 未报送 once a period is due: on an empty store every item whose period has fallen due is 未报送, on the dashboard
// (hydrated over the prerender) as in the 通报's 一、总体情况, whose 未报送N项 is its 本期应报未报N项; an item with
// no period due yet is 未到报送期; a record for 本期 takes an item out of 未报送 everywhere.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, it } from 'vitest'
import { artifacts, baseURL, fullPage, openBrowser, type Session } from './browser'

let s: Session | undefined
afterEach(async () => {
  await s?.context.close()
  s = undefined
})

/** The overview's count for a status, e.g. 未报送 → 128 */
async function chipCount(page: Page, label: string) {
  const chip = page
    .getByRole('group', { name: '按状态统计与筛选' })
    .getByRole('button', { name: new RegExp(`^${label} \\d+项`) })
  return Number((await chip.textContent())?.match(/(\d+)项/)?.[1])
}

async function overall(page: Page, query: string) {
  await page.goto(`${baseURL()}?view=report${query}`)
  const section = page.locator('[data-bulletin]').getByRole('region', { name: '一、总体情况' })
  await section.waitFor()
  return (await section.textContent()) ?? ''
}

it('counts never-reported items as 未报送 on the hydrated dashboard and in the 通报 alike', async () => {
  s = await openBrowser()
  const { page } = s
  await page.goto(baseURL())
  // Hydrated, not redrawn: the prerender was counted at the 本期 this browser opens at
  await page.locator('#root[data-live]').waitFor({ state: 'attached' })
  await expect(page.locator('[data-period]').getAttribute('data-period')).resolves.toBe('2023-12')
  const due = await chipCount(page, '未报送')
  expect(due).toBeGreaterThan(100)
  await expect(chipCount(page, '未到报送期')).resolves.toBe(0)
  await page.screenshot({ path: join(artifacts, 'unreported-dashboard-1440.png') })

  const text = await overall(page, '')
  expect(text).toContain(`未报送${due}项，占100%。本期应报未报${due}项，见“六、未报送情况”。`)
  expect(text).not.toContain('无数据')
  await page.screenshot({ path: join(artifacts, 'unreported-bulletin-1440.png') })
  await page.emulateMedia({ media: 'print' })
  const pdf = join(artifacts, 'unreported-bulletin.pdf')
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true })
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '2',
    pdf,
    join(artifacts, 'unreported-print'),
  ])
  await page.emulateMedia({ media: 'screen' })

  // 2023-02: the two 季报 growth figures are not due before March
  const february = await overall(page, '&period=2023-02')
  expect(february).toContain(
    `未报送${due - 2}项，占${((100 * (due - 2)) / due).toFixed(1)}%；未到报送期2项，占${((100 * 2) / due).toFixed(1)}%。本期应报未报${due - 2}项`,
  )
  await page.goto(`${baseURL()}?period=2023-02`)
  await expect.poll(() => chipCount(page, '未报送')).toBe(due - 2)
  await expect(chipCount(page, '未到报送期')).resolves.toBe(2)
  const gdp = page.getByRole('article', { name: '地区生产总值增速' })
  await expect(gdp.textContent()).resolves.toContain('未到报送期')
  expect(s.problems).toEqual([])
})

it('takes an item out of 未报送 once its figure for 本期 is recorded', async () => {
  s = await openBrowser()
  const { page } = s
  await page.goto(`${baseURL()}?view=progress&period=2023-02`)
  const jobs = page.locator('[data-progress-item="new-urban-jobs-2023"]')
  await expect(jobs.locator('[data-status]').first().textContent()).resolves.toBe('未报送')
  await expect(jobs.textContent()).resolves.toContain('尚无任何报送；缺报2期')
  await page.getByRole('button', { name: '录入进度：新增城镇就业' }).click()
  await jobs.getByLabel(/^数值/).fill('1100')
  await jobs.getByLabel('截至月份').selectOption({ label: '1—2月' })
  await jobs.getByRole('radio', { name: '预计' }).check()
  await jobs.getByRole('button', { name: '保存记录' }).click()
  await expect.poll(() => jobs.locator('[data-status]').first().textContent()).not.toBe('未报送')

  const text = await overall(page, '&period=2023-02')
  const due = Number(text.match(/本期应报未报(\d+)项/)?.[1])
  expect(text).toContain(`未报送${due}项`)
  await expect(page.getByRole('region', { name: '六、未报送情况' }).textContent()).resolves.not.toContain(
    '新增城镇就业',
  )
  await page.goto(`${baseURL()}?period=2023-02`)
  await expect.poll(() => chipCount(page, '未报送')).toBe(due)
  await page.screenshot({ path: join(artifacts, 'unreported-after-entry-1440.png'), ...fullPage })
  expect(s.problems).toEqual([])
})

it('fits a phone: the 未报送 and 未到报送期 counts at 390 px, nothing cut or scrolled sideways', async () => {
  s = await openBrowser({ width: 390, height: 844 })
  const { page } = s
  await page.goto(`${baseURL()}?period=2023-02`)
  const group = page.getByRole('group', { name: '按状态统计与筛选' })
  await group.waitFor()
  await expect(chipCount(page, '未到报送期')).resolves.toBe(2)
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390)
  const box = await group.getByRole('button', { name: /^未到报送期/ }).boundingBox()
  expect(box!.x + box!.width).toBeLessThanOrEqual(390)
  await group.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'unreported-dashboard-390.png') })
  expect(s.problems).toEqual([])
})
