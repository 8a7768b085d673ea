// In real Chromium: entries export losslessly, a broken file changes nothing, an export restores a fresh browser, and the 通报 prints on A4.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'
import { storedDocument } from './stored'

let s: Session
beforeAll(async () => {
  s = await openBrowser()
})
afterAll(async () => {
  await s.context.close()
})

const filledTemplate = [
  '目标编号,截至月份,数值,口径,任务状态,备注',
  'gdp-growth-2023,2023-06,6.2,预计,,"统计局快报,待核"',
  'retail-sales-2023,2023年6月,80,预计,,',
  'new-large-industrial-firms-2023,2023/5,16,正式,,',
  'task-energy-storage-materials-park,2023-02,,,推进中,"说明""一期""已开工"',
].join('\r\n')

const stored = (page: Page) => storedDocument(page, 'qidong-targets.progress')

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('导入文件').setInputFiles({ name, mimeType: 'text/plain', buffer })
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = join(artifacts, file.suggestedFilename())
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

let exportedJson: Buffer

it('imports a filled-in template after a preview, then exports JSON, CSV and the template', async () => {
  const { page } = s
  await page.goto(`${baseURL()}?view=progress`)
  await importFile(page, '六月填报.csv', Buffer.from('\uFEFF' + filledTemplate, 'utf8'))
  const dialog = page.getByRole('dialog', { name: '导入预览：六月填报.csv' })
  await dialog.getByText('将新增 4 条、修改 0 条记录，0 条与现有记录相同').waitFor()
  await page.screenshot({ path: join(artifacts, 'exchange-preview-1440.png') })
  expect(await stored(page)).toBeNull()
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await page.getByRole('status').getByText('已导入：新增 4 条，修改 0 条。').waitFor()

  const json = await download(page, '导出 JSON（完整备份）')
  expect(json.name).toMatch(/^祁东目标看板_进度记录_\d{4}-\d{2}-\d{2}\.json$/)
  const parsed = JSON.parse(json.bytes.toString('utf8')) as {
    format: string
    entries: { targetId: string; note?: string }[]
  }
  expect(parsed.format).toBe('qidong-targets-progress')
  expect(parsed.entries.map((e) => e.targetId).sort()).toEqual([
    'gdp-growth-2023',
    'new-large-industrial-firms-2023',
    'retail-sales-2023',
    'task-energy-storage-materials-park',
  ])
  exportedJson = json.bytes

  const csv = await download(page, '导出 CSV（表格）')
  expect(csv.name).toMatch(/\.csv$/)
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = csv.bytes.toString('utf8')
  expect(text).toContain('\r\n')
  expect(text).toContain('"统计局快报,待核"')
  expect(text).toContain('"说明""一期""已开工"')

  const template = await download(page, '下载 CSV 填报模板')
  const rows = template.bytes.toString('utf8').trimEnd().split('\r\n')
  expect(rows).toHaveLength(1 + 58 + 70)
  expect(rows.some((r) => r.includes(',gdp-growth-2023,地区生产总值增速,指标,%,7.5%左右,'))).toBe(true)

  // Importing what was just exported changes nothing.
  await importFile(page, json.name, json.bytes)
  await page.getByRole('dialog').getByText('将新增 0 条、修改 0 条记录，4 条与现有记录相同').waitFor()
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()
  await importFile(page, csv.name, csv.bytes)
  await page.getByRole('dialog').getByText('将新增 0 条、修改 0 条记录，4 条与现有记录相同').waitFor()
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()
  expect(s.problems).toEqual([])
})

it('refuses a broken CSV and a GBK-encoded one with the row and the problem, entries intact', async () => {
  const { page } = s
  const before = await stored(page)
  await importFile(
    page,
    '有误.csv',
    Buffer.from('目标编号,截至月份,数值,口径,任务状态\r\ngdp-growth-2023,2023-13,6.5,,\r\n'),
  )
  const alert = page.getByRole('alert')
  await alert.getByText('第 2 行').waitFor()
  expect(await alert.textContent()).toContain('截至月份“2023-13”无效')
  await page.screenshot({ path: join(artifacts, 'exchange-refused-1440.png') })
  const gbk = Buffer.concat([
    Buffer.from('目标编号,截至月份,数值,口径,任务状态,备注\r\ngdp-growth-2023,2023-06,6.5,,,'),
    Buffer.from([0xc6, 0xee, 0xb6, 0xab]),
  ])
  await importFile(page, 'gbk.csv', gbk)
  await alert.getByText(/请另存为 UTF-8 编码/).waitFor()
  // Refused outright: no preview offers to import anything.
  expect(
    await page
      .getByText(/将新增 \d+ 条/)
      .filter({ visible: true })
      .count(),
  ).toBe(0)
  expect(await page.getByRole('dialog').isVisible()).toBe(false)
  expect(await stored(page)).toBe(before)
})

it('restores the exported JSON into a fresh browser profile', async () => {
  const fresh = await openBrowser({ width: 390, height: 844 })
  try {
    const { page } = fresh
    await page.goto(`${baseURL()}?view=progress`)
    await importFile(page, 'backup.json', exportedJson)
    const dialog = page.getByRole('dialog')
    await dialog.getByText('将新增 4 条、修改 0 条记录，0 条与现有记录相同').waitFor()
    await page.screenshot({ path: join(artifacts, 'exchange-preview-390.png') })
    await dialog.getByRole('button', { name: '确认导入' }).click()
    await page.getByText('6.2% · 1—6月（上半年） · 预计').first().waitFor()
    await page.getByText('推进中 · 1—2月').first().waitFor()
    await page.getByRole('status').getByText('已导入：新增 4 条，修改 0 条。').waitFor()
    await page
      .getByRole('region', { name: '导入与导出' })
      .screenshot({ path: join(artifacts, 'exchange-panel-390.png') })
    expect(fresh.problems).toEqual([])
  } finally {
    await fresh.context.close()
  }
})

it('shows the 通报 as of June and prints it on A4 without controls', async () => {
  const { page } = s
  await page.goto(`${baseURL()}?view=report&month=6`)
  await page.getByRole('heading', { name: '关于2023年政府工作报告目标任务1—6月推进情况的通报' }).waitFor()
  await page
    .getByRole('region', { name: '二、主要经济指标' })
    .getByText(/^地区生产总值（第1项）/)
    .waitFor()
  await page
    .getByRole('region', { name: '六、未报送情况' })
    .getByText(/尚未明确牵头单位/)
    .waitFor()
  await page.screenshot({ path: join(artifacts, 'report-1440.png'), fullPage: true })

  await page.emulateMedia({ media: 'print' })
  expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false)
  expect(await page.getByRole('navigation').first().isVisible()).toBe(false)
  await page.screenshot({ path: join(artifacts, 'report-print.png'), fullPage: true })
  // Headless Chromium prints to PDF: the real page breaks, on A4 (595 × 842 pt).
  const pdf = await page.pdf({ preferCSSPageSize: true })
  writeFileSync(join(artifacts, 'report.pdf'), pdf)
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/)
  await page.emulateMedia({ media: 'screen' })

  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: join(artifacts, 'report-390.png'), fullPage: true })
  expect(s.problems).toEqual([])
})
