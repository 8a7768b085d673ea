// A recorded entry gives the target its status, survives a reload, and a corrupted store is set aside, announced
// and downloadable instead of blanking the app.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

let s: Session | undefined
afterEach(async () => {
  await s?.context.close()
  s = undefined
})

const progressUrl = () => `${baseURL()}?view=progress`
const row = (id: string) => s!.page.locator(`[data-progress-item="${id}"]`)
const badge = (id: string) => row(id).locator('[data-status]').first()

it('records the 2023 GDP growth as a final 6.2% → 未完成, still there after a reload', async () => {
  s = await openBrowser()
  const { page } = s
  await page.goto(progressUrl())
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  // Nothing recorded and 本期 12月 due: 未报送 (never reported), as the 通报 counts it
  await expect(badge('gdp-growth-2023').textContent()).resolves.toBe('未报送')
  await expect(row('gdp-growth-2023').textContent()).resolves.toContain('尚无任何报送')

  await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
  const gdp = row('gdp-growth-2023')
  await gdp.getByLabel('数值（%）').fill('6.2')
  await gdp.getByLabel('截至月份').selectOption({ label: '1—12月（全年）' })
  await gdp.getByRole('radio', { name: '正式' }).check()
  await gdp.getByLabel('来源（选填）').fill('县统计局')
  await gdp.getByRole('button', { name: '保存记录' }).click()
  await expect.poll(() => badge('gdp-growth-2023').textContent()).toBe('未完成')
  await page.screenshot({ path: join(artifacts, 'progress-1440.png') })

  await page.getByRole('button', { name: '状态规则说明' }).click()
  await page.getByRole('dialog', { name: '状态怎样判定' }).waitFor()
  await page.screenshot({ path: join(artifacts, 'progress-rule-help-1440.png') })
  await page.keyboard.press('Escape')

  await page.reload()
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  await expect(badge('gdp-growth-2023').textContent()).resolves.toBe('未完成')
  await expect(row('gdp-growth-2023').textContent()).resolves.toContain('最新：6.2% · 1—12月（全年） · 正式')

  // The same status on the dashboard: headline card, sector panel table and bullet chart.
  await page.getByRole('link', { name: '目标看板' }).click()
  const card = page.getByRole('article', { name: '地区生产总值增速' })
  await expect(card.locator('[data-status]').textContent()).resolves.toBe('未完成')
  const economy = page.locator('#sector-economy')
  const gdpRow = economy.getByRole('row', { name: /地区生产总值增速/ })
  await expect(gdpRow.locator('[data-status]').textContent()).resolves.toBe('未完成')
  const bullet = economy.getByRole('figure', { name: '地区生产总值增速' })
  await bullet.getByText('2023年实际截至12月（正式） · 状态：未完成').waitFor()
  await page.screenshot({ path: join(artifacts, 'dashboard-status-1440.png') })
  await bullet.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'dashboard-bullet-1440.png') })
  expect(s.problems).toEqual([])
})

it('works by keyboard alone at phone width, and shows a validation message', async () => {
  s = await openBrowser({ width: 390, height: 844 })
  const { page } = s
  // 本期 June: the 1—6月 figure recorded below is the one due, so the item is judged on it
  await page.goto(`${progressUrl()}&period=2023-06`)
  const toggle = page.getByRole('button', { name: '录入进度：新增规模工业企业' })
  await toggle.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab') // 数值
  await page.keyboard.type('6亿元')
  await page.keyboard.press('Enter')
  const value = row('new-large-industrial-firms-2023').getByLabel('数值（家）')
  await expect(value.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
  await expect(value.getAttribute('aria-invalid')).resolves.toBe('true')
  await page.screenshot({ path: join(artifacts, 'progress-invalid-390.png') })

  await page.keyboard.press('Control+A')
  await page.keyboard.type('6')
  await page.keyboard.press('Tab') // 截至月份
  await page.keyboard.press('Home') // 1月
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown') // 1—6月
  await page.keyboard.press('Tab') // 口径 (one stop for the radio group; a running total has no default)
  await page.keyboard.press('Space') // 预计
  await page.keyboard.press('Tab') // 备注
  await page.keyboard.press('Enter') // submits, as from any text field
  await expect.poll(() => badge('new-large-industrial-firms-2023').textContent()).toBe('欠进度')
  await page.screenshot({ path: join(artifacts, 'progress-390.png'), fullPage: false })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  await page.getByRole('link', { name: '目标看板' }).click()
  const overview = page.getByRole('region', { name: '2023年目标进度' })
  await overview.getByRole('button', { name: /欠进度 1项/ }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'dashboard-status-390.png') })
  expect(s.problems).toEqual([])
})

it('sets a corrupted store aside, says so in Chinese and offers it as a download', async () => {
  s = await openBrowser()
  const { page } = s
  await page.goto(progressUrl())
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  await page.evaluate(() => {
    localStorage.setItem('qidong-targets.progress', '{"state":{"entries":[{"id":')
  })
  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: '本机保存的进度记录已损坏' })
  await alert.waitFor()
  await expect(alert.textContent()).resolves.toContain('qidong-targets.progress.set-aside.')
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  await page.screenshot({ path: join(artifacts, 'progress-recovery-1440.png') })

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: '下载另存的数据' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(
    /^祁东目标看板_无法读取的数据_进度记录_\d{4}-\d{2}-\d{2}\.txt$/,
  )
  await expect(readFile(await download.path(), 'utf8')).resolves.toBe('{"state":{"entries":[{"id":')

  // The app keeps working: a new entry is stored, and the notice does not come back on reload.
  await alert.getByRole('button', { name: '知道了' }).click()
  await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
  await row('gdp-growth-2023').getByLabel('数值（%）').fill('7.6')
  // An empty store after 2023 has no default 截至月份 (never 1—12月 by default).
  await row('gdp-growth-2023').getByLabel('截至月份').selectOption({ label: '1—6月（上半年）' })
  await row('gdp-growth-2023').getByRole('button', { name: '保存记录' }).click()
  // Kept in IndexedDB, which answers asynchronously: the status changes once the write is done, and again after
  // the reload once the stored copy is read.
  // (a 1—6月 figure at 本期 12月 is still 未报送, so the wait is on the figure shown)
  await expect.poll(() => row('gdp-growth-2023').textContent()).toContain('最新：7.6%')
  await page.reload()
  await expect.poll(() => row('gdp-growth-2023').textContent()).toContain('最新：7.6%')
  await expect(page.getByRole('alert').count()).resolves.toBe(0)
  expect(s.problems).toEqual([])
})
