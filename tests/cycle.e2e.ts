// In real Chromium: a 分解表 imported from Excel assigns items to units, and unit= narrows the dashboard, 进度监测 and 通报 alike.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, fullPage, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser()
})
afterAll(async () => {
  await s.context.close()
})

const HEADER = ['目标编号', '事项', '牵头单位', '配合单位', '责任领导', '责任人', '完成时限', '报送频次']

async function assignTable(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('任务分解表')
  sheet.addRow(HEADER)
  sheet.addRow([
    'gdp-growth-2023',
    '地区生产总值增速',
    '县统计局',
    '县发改局',
    '张三',
    '李四',
    '2023-12',
    '季报',
  ])
  sheet.addRow(['new-urban-jobs-2023', '新增城镇就业', '县人社局', '', '王五', '赵六', '2023-12-31', '月报'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

it('imports a 分解表 (.xlsx) after a preview, and shows each item’s units on 任务分解', async () => {
  const { page } = s
  await page.goto(`${baseURL()}?view=assign`)
  await page.getByRole('heading', { name: '2023年目标任务分解' }).waitFor()
  await page.getByLabel('导入分解表（Excel 或 CSV）').setInputFiles({
    name: '分解表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await assignTable(),
  })
  const dialog = page.getByRole('dialog', { name: '导入预览：分解表.xlsx' })
  await dialog.getByText('将新增 2 项、修改 0 项分解，0 项与现有分解相同').waitFor()
  await dialog.getByText('将添加到单位名录：县统计局、县发改局、县人社局').waitFor()
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await page.getByText('已导入分解表：新增 2 项，修改 0 项。').waitFor()
  const jobs = page.getByRole('listitem', { name: /^新增城镇就业/ })
  await expect.poll(() => jobs.textContent()).toContain('牵头单位 县人社局 · 责任领导 王五 · 责任人 赵六')
  await page.screenshot({ path: join(artifacts, 'cycle-assign-1440.png') })
})

it('filters unit=县统计局 on the dashboard, 进度监测 and 通报, and the filter carries across the tabs', async () => {
  const { page } = s
  await page.goto(`${baseURL()}?unit=${encodeURIComponent('县统计局')}`)
  const unitGroup = page.getByRole('group', { name: '按牵头单位筛选' })
  await expect.poll(() => unitGroup.getByRole('checkbox', { name: '县统计局' }).isChecked()).toBe(true)
  await page.getByRole('status').getByText('显示 1 个领域 · 1 项指标 · 0 项任务').waitFor()
  await page.screenshot({ path: join(artifacts, 'cycle-dashboard-unit-1440.png'), ...fullPage })

  await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '进度监测' }).click()
  await page.waitForURL(/view=progress/)
  expect(new URL(page.url()).searchParams.get('unit')).toBe('县统计局')
  await page.getByRole('heading', { name: '2023年目标进度监测' }).waitFor()
  await expect.poll(() => page.getByRole('button', { name: /^录入进度：/ }).count()).toBe(1)
  await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).waitFor()
  await page.getByRole('searchbox', { name: '搜索事项' }).waitFor()
  await page.getByRole('group', { name: '按领域筛选' }).waitFor()
  await page.screenshot({ path: join(artifacts, 'cycle-progress-unit-1440.png') })

  await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '通报' }).click()
  await page.waitForURL(/view=report/)
  const report = page.locator('[data-bulletin]')
  await report.getByText('（本通报范围：牵头单位：县统计局）').waitFor()
  await expect
    .poll(() => report.textContent())
    .toContain('共1项（主要经济指标1项、量化指标0项、重点任务0项）')
  await page.screenshot({ path: join(artifacts, 'cycle-report-unit-1440.png') })
})

it('sends 县人社局 its 填报表, imports it filled in, and judges 新增城镇就业 at 本期', async () => {
  const { page } = s
  await page.goto(`${baseURL()}?view=progress&period=2023-09`)
  const owing = page.getByRole('region', { name: '未报送' })
  await owing.getByText('县人社局（1项）').waitFor()
  await page.getByLabel('选择单位').selectOption({ label: '县人社局（1项）' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载填报表（Excel）' }).click(),
  ])
  const path = join(artifacts, `cycle-${download.suggestedFilename()}`)
  await download.saveAs(path)
  const book = new ExcelJS.Workbook()
  const bytes = readFileSync(path)
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
  const sheet = book.getWorksheet('填报表')!
  expect(sheet.getCell('A2').value).toBe('new-urban-jobs-2023')
  sheet.getCell('F2').value = '2023-09'
  sheet.getCell('G2').value = 5200
  sheet.getCell('J2').value = '1—9月新增城镇就业5200人。'
  sheet.getCell('K2').value = '返乡人员就业登记滞后。'
  sheet.getCell('L2').value = '10月开展专场招聘。'
  await page.getByLabel('导入文件').setInputFiles({
    name: '县人社局_9月.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  })
  const dialog = page.getByRole('dialog', { name: '导入预览：县人社局_9月.xlsx' })
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await page.getByText('已导入：新增 1 条，修改 0 条。').waitFor()

  const jobs = page.locator('[data-progress-item="new-urban-jobs-2023"]')
  await expect.poll(() => jobs.locator('[data-status]').first().textContent()).toBe('达进度')
  await expect.poll(() => jobs.textContent()).toContain('牵头单位 县人社局 · 责任领导 王五')
  await expect
    .poll(() => owing.getByRole('list', { name: '未报送' }).textContent())
    .toBe('县统计局（1项）地区生产总值增速（1—9月）')
  await owing.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'cycle-chase-1440.png') })

  await page.goto(`${baseURL()}?view=progress&period=2023-12`)
  await expect.poll(() => jobs.locator('[data-status]').first().textContent()).toBe('未报送')
  await expect.poll(() => jobs.textContent()).toContain('5,200人 · 1—9月')
  await jobs.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'cycle-unreported-1440.png') })
})

it('lays out 任务分解 and the filters at 390 px', async () => {
  const phone = await openBrowser({ width: 390, height: 844 })
  try {
    const { page } = phone
    await page.goto(`${baseURL()}?view=assign`)
    await page.getByRole('heading', { name: '2023年目标任务分解' }).waitFor()
    await page.getByLabel('单位名称').fill('洪桥街道')
    await page.getByLabel('单位类别').selectOption({ label: '乡镇街道' })
    await page.getByRole('button', { name: '添加单位' }).click()
    await page.getByRole('button', { name: '分解：新增城镇就业' }).click()
    const form = page.getByRole('form', { name: '分解：新增城镇就业' })
    await form.getByLabel('牵头单位').selectOption('洪桥街道')
    await form.getByLabel('完成时限', { exact: true }).fill('2023-12')
    await page.screenshot({ path: join(artifacts, 'cycle-assign-390.png') })
    await form.getByRole('button', { name: '保存分解' }).click()
    // The form closes once the 分解 is kept.
    await form.waitFor({ state: 'detached' })
    await page.goto(`${baseURL()}?view=progress&unit=${encodeURIComponent('洪桥街道')}`)
    await page.getByRole('button', { name: '录入进度：新增城镇就业' }).waitFor()
    await page.screenshot({ path: join(artifacts, 'cycle-progress-390.png') })
    expect(phone.problems).toEqual([])
  } finally {
    await phone.context.close()
  }
})

it('logs no errors', () => {
  expect(s.problems).toEqual([])
})
