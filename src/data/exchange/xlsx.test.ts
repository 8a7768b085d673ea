// @vitest-environment node
// A unit's 填报表 is a real workbook (Chinese intact, 目标编号/事项 locked, drop-downs) and a filled one imports as entries.
import { describe, expect, it } from 'vitest'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { loadExcel } from '@/lib/excel'
import type { Assignment } from '@/monitoring/responsibility'
import { readImportFile } from './read'
import { unitFormRows } from './unit-form'
import { writeUnitForm } from './xlsx'
import type { ProgressEntry } from '@/data/dataset/schema'
import { monitoredItems } from '@/monitoring/item'

const targets = monitoredItems(monitorDataset)
const byId = new Map(targets.map((t) => [t.id, t]))

const assign = (itemId: string, leadUnit: string, partnerUnits: string[] = []): Assignment => ({
  itemId,
  leadUnit,
  partnerUnits,
  frequency: itemId === 'gdp-growth-2023' ? 'quarterly' : 'monthly',
  nodes: [],
  subItems: [],
})
const assignments = [
  assign('gdp-growth-2023', '县统计局'),
  assign('retail-sales-2023', '县商务局', ['县人社局']),
  assign('task-xiangjiang-water-diversion', '县人社局'),
]
const august: ProgressEntry = {
  id: 'e-aug',
  type: 'value',
  targetId: 'retail-sales-2023',
  asOf: '2023-08',
  value: 110,
  basis: 'provisional',
  recordedAt: '2023-08-20T01:00:00.000Z',
}
const meta = {
  unit: '县人社局',
  period: '2023年9月',
  dueDate: '2023年9月25日',
  issuer: '祁东县人民政府督查室',
}

async function formFor(unit: string, entries: ProgressEntry[] = [august]) {
  const rows = unitFormRows(targets, assignments, entries, unit, '2023-09')
  const bytes = await writeUnitForm(rows, { ...meta, unit })
  const { Workbook } = await loadExcel()
  const book = new Workbook()
  await book.xlsx.load(bytes)
  return { rows, bytes, book }
}

/** Excel locks every cell unless its style says otherwise */
const locked = (cell: { protection: unknown }) =>
  (cell.protection as { locked?: boolean } | undefined)?.locked !== false

async function bytesOf(book: { xlsx: { writeBuffer: () => Promise<unknown> } }) {
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer)
}

describe('unitFormRows', () => {
  it('lists only the items the unit leads or supports, due at 本期 by their own frequency', () => {
    const rows = unitFormRows(targets, assignments, [august], '县人社局', '2023-08')
    expect(rows.map((r) => [r.cells.targetId, r.cells.asOf, r.kind])).toEqual([
      ['retail-sales-2023', '2023-08', 'indicator'],
      ['task-xiangjiang-water-diversion', '2023-08', 'task'],
    ])
    // The figure already recorded for the period is filled in, ready to correct
    expect(rows[0]?.cells.value).toBe(110)
    const gdp = unitFormRows(targets, assignments, [], '县统计局', '2023-08')
    expect(gdp.map((r) => r.cells.asOf)).toEqual(['2023-06'])
  })
})

describe('writeUnitForm', () => {
  it('writes Chinese text, the twelve columns, locked ids, drop-downs and a frozen header', async () => {
    const { book } = await formFor('县人社局')
    const sheet = book.getWorksheet('填报表')!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '目标编号',
      '事项',
      '单位',
      '2023年目标',
      '上期数值',
      '截至月份',
      '数值',
      '口径',
      '任务状态',
      '进展情况',
      '存在问题',
      '下一步措施',
    ])
    expect(sheet.getCell('B2').value).toBe('社会消费品零售总额')
    expect(sheet.getCell('D2').value).toBe('突破168亿元')
    expect(sheet.getCell('E2').value).toBe('110亿元 · 1—8月 · 预计')
    expect(sheet.getCell('F2').value).toBe('2023-09')
    expect(sheet.getCell('B3').value).toBe('加快湘江引水工程建设')
    // The sheet is protected; 目标编号 and 事项 stay locked, what a unit fills in is not
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true })
    expect(locked(sheet.getCell('A2'))).toBe(true)
    expect(locked(sheet.getCell('B2'))).toBe(true)
    for (const address of ['F2', 'G2', 'H2', 'J2', 'K2', 'L2', 'I3'])
      expect(sheet.getCell(address).protection, address).toMatchObject({ locked: false })
    // A task row has no figure to fill in, an indicator row no task state
    expect(locked(sheet.getCell('G3'))).toBe(true)
    expect(locked(sheet.getCell('I2'))).toBe(true)
    expect(sheet.getCell('H2').dataValidation).toMatchObject({ type: 'list', formulae: ['"预计,正式"'] })
    expect(sheet.getCell('I3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"未开始,推进中,已完成"'],
    })
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    for (const column of sheet.columns) expect(column.width).toBeGreaterThanOrEqual(8)
    expect(sheet.getColumn(11).width).toBeGreaterThanOrEqual(30)
    const notes = book.getWorksheet('填报说明')!
    expect(notes.getCell('B1').value).toBe('县人社局')
    expect(notes.getCell('B3').value).toBe('2023年9月25日')
  })
})

describe('reading a 填报表 back', () => {
  it('a filled row imports as an entry with its narratives; untouched rows are skipped', async () => {
    const { book } = await formFor('县人社局')
    const sheet = book.getWorksheet('填报表')!
    sheet.getCell('G2').value = 125.5
    sheet.getCell('H2').value = '正式'
    sheet.getCell('J2').value = '消费回暖，“以旧换新”带动明显'
    sheet.getCell('K2').value = '汽车类零售仍偏弱'
    sheet.getCell('L2').value = '举办金秋消费季'
    const result = await readImportFile('县人社局_填报表.xlsx', await bytesOf(book), byId)
    expect(result).toEqual({
      ok: true,
      skipped: 1,
      rows: [
        {
          where: '第 2 行',
          draft: {
            type: 'value',
            targetId: 'retail-sales-2023',
            asOf: '2023-09',
            value: 125.5,
            basis: 'final',
            situation: '消费回暖，“以旧换新”带动明显',
            problems: '汽车类零售仍偏弱',
            nextSteps: '举办金秋消费季',
          },
        },
      ],
    })
  })

  it('reads a month Excel turned into a date, and a task state from the list', async () => {
    const { book } = await formFor('县人社局')
    const sheet = book.getWorksheet('填报表')!
    // Typed as 2023/9 into a cell whose text format was cleared, Excel stores a date
    sheet.getCell('F3').numFmt = 'yyyy/m/d'
    sheet.getCell('F3').value = new Date(Date.UTC(2023, 8, 1))
    sheet.getCell('I3').value = '推进中'
    const result = await readImportFile('form.xlsx', await bytesOf(book), byId)
    expect(result.ok && result.rows.map((r) => r.draft)).toEqual([
      {
        type: 'task',
        targetId: 'task-xiangjiang-water-diversion',
        asOf: '2023-09',
        taskStatus: 'in_progress',
      },
    ])
  })
})

describe('.xlsx refusals', () => {
  it('names the row and the problem, as for CSV, and imports nothing', async () => {
    const { book } = await formFor('县人社局')
    const sheet = book.getWorksheet('填报表')!
    sheet.getCell('G2').value = '很多'
    sheet.getCell('J3').value = '开工'
    sheet.getCell('K2').value = '问'.repeat(1001)
    const result = await readImportFile('form.xlsx', await bytesOf(book), byId)
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: '第 2 行', message: '“很多”不是有效的数字，请填写如 6.2 或 168 这样的数值' },
        { where: '第 3 行', message: '任务状态“”无效，应为“未开始”“推进中”或“已完成”' },
      ],
    })
    sheet.getCell('G2').value = 120
    const tooLong = await readImportFile('form.xlsx', await bytesOf(book), byId)
    expect(tooLong.ok ? [] : tooLong.problems[0]).toEqual({
      where: '第 2 行',
      message: '存在问题不超过1000字',
    })
  })

  it('refuses an unknown column in the header row', async () => {
    const { book } = await formFor('县人社局')
    book.getWorksheet('填报表')!.getCell('M1').value = '备用'
    const result = await readImportFile('form.xlsx', await bytesOf(book), byId)
    expect(result).toEqual({
      ok: false,
      problems: [{ where: '第 1 行', message: '无法识别的列“备用”（列名须与模板一致）' }],
    })
  })

  it('refuses a file that only has the .xlsx name, an encrypted workbook and an .xls', async () => {
    const text = new TextEncoder().encode('目标编号,截至月份\n')
    const fake = await readImportFile('填报表.xlsx', text, byId)
    expect(!fake.ok && fake.problems[0]?.message).toMatch(/不是有效的 Excel 文件/)
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const locked = await readImportFile('填报表.xlsx', ole, byId)
    expect(!locked.ok && locked.problems[0]?.message).toMatch(/设有打开密码/)
    const xls = await readImportFile('填报表.xls', ole, byId)
    expect(!xls.ok && xls.problems[0]?.message).toMatch(/另存为 \.xlsx/)
  })
})
