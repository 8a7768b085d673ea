// A unit's Excel 填报表 goes out and comes back as entries; statuses are judged at 本期; 催报 names who owes what.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, fullPage, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser()
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL()).origin,
  })
})
afterAll(async () => {
  await s.context.close()
})

const assignment = (itemId: string, leadUnit: string, frequency: string) => ({
  itemId,
  leadUnit,
  partnerUnits: [],
  frequency,
  nodes: [],
  subItems: [],
})
const seeded = {
  state: {
    units: [
      { name: '县人社局', kind: 'county', retired: false },
      { name: '县统计局', kind: 'county', retired: false },
    ],
    leaders: [],
    assignments: [
      assignment('new-urban-jobs-2023', '县人社局', 'monthly'),
      assignment('gdp-growth-2023', '县统计局', 'quarterly'),
    ],
  },
  version: 1,
}

const open = (page: Page, query: string) => page.goto(`${baseURL()}?${query}`)
const row = (id: string) => s.page.locator(`[data-progress-item="${id}"]`)
const badge = (id: string) => row(id).locator('[data-status]').first()

it('downloads 县人社局’s 填报表, imports it filled in, and judges the item at 本期', async () => {
  const { page } = s
  await open(page, 'view=progress&period=2023-09')
  await page.evaluate((value) => {
    localStorage.setItem('qidong-targets.assignments', value)
  }, JSON.stringify(seeded))
  await page.reload()
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()

  // Before anything is reported both units owe their figure for 9月
  const owing = page.getByRole('region', { name: '未报送' })
  await owing.getByText('县人社局（1项）').waitFor()

  await page.getByLabel('选择单位').selectOption({ label: '县人社局（1项）' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载填报表（Excel）' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('县人社局_填报表_2023-09.xlsx')
  const path = join(artifacts, download.suggestedFilename())
  await download.saveAs(path)

  const book = new ExcelJS.Workbook()
  const bytes = readFileSync(path)
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
  const sheet = book.getWorksheet('填报表')!
  expect(sheet.rowCount).toBe(2)
  expect(sheet.getCell('A2').value).toBe('new-urban-jobs-2023')
  expect(sheet.getCell('B2').value).toBe('新增城镇就业')
  expect(sheet.getCell('F2').value).toBe('2023-09')
  sheet.getCell('G2').value = 5200
  sheet.getCell('J2').value = '1—9月新增城镇就业5200人，完成年度目标的78.8%。'
  sheet.getCell('K2').value = '返乡人员就业登记滞后。'
  sheet.getCell('L2').value = '10月开展“春风行动”专场招聘。'
  const filled = Buffer.from(await book.xlsx.writeBuffer())

  await page.getByLabel('导入文件').setInputFiles({
    name: '县人社局_填报表_已填.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled,
  })
  const dialog = page.getByRole('dialog', { name: '导入预览：县人社局_填报表_已填.xlsx' })
  await dialog.getByText('将新增 1 条、修改 0 条记录，0 条与现有记录相同').waitFor()
  await expect(dialog.getByRole('row', { name: /新增城镇就业/ }).textContent()).resolves.toContain(
    '5,200人 · 1—9月（前三季度） · 预计；进展情况：1—9月新增城镇就业5200人',
  )
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await page.getByText('已导入：新增 1 条，修改 0 条。').waitFor()

  await expect(badge('new-urban-jobs-2023').textContent()).resolves.toBe('达进度')
  // 县人社局 reported (after the due day, as an import now is): it leaves 未报送 for 逾期报送
  const list = owing.getByRole('list', { name: '未报送' })
  await expect(list.textContent()).resolves.toBe('县统计局（1项）地区生产总值增速（1—9月）')
  await expect(owing.getByRole('list', { name: '逾期报送' }).textContent()).resolves.toContain('县人社局')

  await owing.getByRole('button', { name: '复制催报通知' }).click()
  await owing.getByRole('status').getByText('已复制').waitFor()
  const message = await page.evaluate(() => navigator.clipboard.readText())
  expect(message).toContain('县统计局：地区生产总值增速（1—9月）')
  expect(message).toContain('2023年9月25日')
  expect(message).not.toContain('县人社局')
  await owing.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'intake-progress-1440.png') })
  expect(s.problems).toEqual([])
})

it('at 本期 2023-12 the September figure is 未报送 with 5,200 shown, in 进度监测 and the 通报', async () => {
  const { page } = s
  await open(page, 'view=progress&period=2023-12')
  await expect(badge('new-urban-jobs-2023').textContent()).resolves.toBe('未报送')
  await expect(row('new-urban-jobs-2023').textContent()).resolves.toContain('5,200人 · 1—9月')
  await expect(row('new-urban-jobs-2023').textContent()).resolves.toContain('已有3期未报送')

  await open(page, 'view=report&period=2023-12')
  const unreported = page.getByRole('region', { name: '四、未报送事项' })
  const listed = unreported.getByRole('row').filter({ hasText: '6600人以上' })
  await expect(listed.textContent()).resolves.toContain('5,200人 · 1—9月')
  await unreported.getByText('返乡人员就业登记滞后。').waitFor()
  await expect(page.getByRole('combobox', { name: '本期' }).inputValue()).resolves.toBe('2023-12')

  await open(page, 'view=report&month=9')
  await expect(page.getByRole('combobox', { name: '本期' }).inputValue()).resolves.toBe('2023-09')
  const units = page.getByRole('region', { name: '五、各单位报送情况' })
  await expect(units.textContent()).resolves.toContain('未报送的单位1个：县统计局（地区生产总值增速）')
  await page.screenshot({ path: join(artifacts, 'intake-report-1440.png'), ...fullPage })

  await open(page, 'period=2023-12')
  await expect(page.getByRole('combobox', { name: '本期' }).inputValue()).resolves.toBe('2023-12')
  const jobs = page.getByRole('row', { name: /新增城镇就业/ }).filter({ hasText: '6600人以上' })
  await expect(jobs.textContent()).resolves.toContain('最近报送：5,200人 · 1—9月（前三季度） · 预计；缺报3期')
  await page.screenshot({ path: join(artifacts, 'intake-dashboard-1440.png') })
  await jobs.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'intake-dashboard-row-1440.png') })
  expect(s.problems).toEqual([])
})

it('fits a phone: 本期, 未报送 and the 填报表 controls at 390 px', async () => {
  const phone = await openBrowser({ width: 390, height: 844 })
  try {
    const { page } = phone
    await open(page, 'view=progress&period=2023-09')
    await page.evaluate((value) => {
      localStorage.setItem('qidong-targets.assignments', value)
    }, JSON.stringify(seeded))
    await page.reload()
    const owing = page.getByRole('region', { name: '未报送' })
    await owing.getByText('县统计局（1项）').waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await owing.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifacts, 'intake-progress-390.png') })
    await page.getByLabel('选择单位').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifacts, 'intake-form-390.png') })
    await open(page, 'view=report&period=2023-09')
    await page.getByRole('region', { name: '五、各单位报送情况' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifacts, 'intake-report-390.png') })
    expect(phone.problems).toEqual([])
  } finally {
    await phone.context.close()
  }
})
