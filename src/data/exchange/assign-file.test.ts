// @vitest-environment node
// The 分解表 written as .xlsx reads back cell for cell, Chinese intact; files that are not a 分解表 are refused whole.
import { describe, expect, it } from 'vitest'
import { loadExcel } from '@/lib/excel'
import { assignTableXlsx, readAssignFile, readRecords, unitNamesOf } from './assign-file'
import { assignmentSchema } from '@/monitoring/responsibility'

const items = new Map(
  [
    { id: 'gdp-growth-2023', name: '地区生产总值增速' },
    { id: 'new-urban-jobs-2023', name: '新增城镇就业' },
  ].map((i) => [i.id, i]),
)
const assignments = [
  assignmentSchema.parse({
    itemId: 'gdp-growth-2023',
    leadUnit: '县统计局',
    partnerUnits: ['县发改局', '洪桥街道'],
    leader: '张三',
    owner: '李四',
    deadline: '2023-12-31',
    frequency: 'quarterly',
  }),
  assignmentSchema.parse({
    itemId: 'new-urban-jobs-2023',
    leadUnit: '县人社局',
    frequency: 'monthly',
    deadline: '2023-12',
  }),
]

describe('分解表 .xlsx', () => {
  it('write → read gives back the same table, with Chinese intact and a frozen bold header', async () => {
    const bytes = new Uint8Array(await assignTableXlsx([...items.values()], assignments))
    const read = await readRecords('分解表.xlsx', bytes)
    expect(read).toEqual({
      records: [
        ['目标编号', '事项', '牵头单位', '配合单位', '责任领导', '责任人', '完成时限', '报送频次'],
        [
          'gdp-growth-2023',
          '地区生产总值增速',
          '县统计局',
          '县发改局、洪桥街道',
          '张三',
          '李四',
          '2023-12-31',
          '季报',
        ],
        ['new-urban-jobs-2023', '新增城镇就业', '县人社局', '', '', '', '2023-12', '月报'],
      ],
    })
    const { Workbook } = await loadExcel()
    const book = new Workbook()
    await book.xlsx.load(bytes.buffer)
    const sheet = book.worksheets[0]!
    expect(sheet.name).toBe('任务分解表')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).font).toMatchObject({ bold: true })
    // Stored as text, so that a spreadsheet never turns 2023-12 into a date
    expect(sheet.getCell('G3').numFmt).toBe('@')
  })

  it('imports what it exported', async () => {
    const bytes = new Uint8Array(await assignTableXlsx([...items.values()], assignments))
    const result = await readAssignFile('分解表.xlsx', bytes, items, [])
    expect(result).toMatchObject({
      ok: true,
      rows: [
        {
          itemId: 'gdp-growth-2023',
          partnerUnits: ['县发改局', '洪桥街道'],
          deadline: '2023-12-31',
          frequency: 'quarterly',
        },
        { itemId: 'new-urban-jobs-2023', leadUnit: '县人社局', deadline: '2023-12' },
      ],
    })
  })

  it('reads a date typed into Excel as that date', async () => {
    const { Workbook } = await loadExcel()
    const book = new Workbook()
    const sheet = book.addWorksheet('表1')
    sheet.addRow(['目标编号', '事项', '牵头单位', '配合单位', '责任领导', '责任人', '完成时限', '报送频次'])
    sheet.addRow(['gdp-growth-2023', '', '县统计局', '', '', '', new Date(Date.UTC(2023, 5, 30)), '季报'])
    const bytes = new Uint8Array(await book.xlsx.writeBuffer())
    expect(await readAssignFile('表.xlsx', bytes, items, [])).toMatchObject({
      ok: true,
      rows: [{ deadline: '2023-06-30' }],
    })
  })

  it.each([
    ['表.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), '不是有效的 .xlsx 文件'],
    ['表.xlsx', new TextEncoder().encode('目标编号,事项'), '不是有效的 .xlsx 文件'],
    ['表.txt', new Uint8Array([1]), '不是 Excel（.xlsx）或 CSV 文件'],
    ['表.csv', new Uint8Array([0xb5, 0xa5, 0xce, 0xbb]), 'UTF-8'],
    ['表.csv', new Uint8Array(), '文件是空的'],
  ])('refuses %s', async (name, bytes, message) => {
    const result = await readAssignFile(name, bytes, items, [])
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.problems[0]!.message).toContain(message)
  })

  it('names the row of a CSV syntax error', async () => {
    const csv =
      '目标编号,事项,牵头单位,配合单位,责任领导,责任人,完成时限,报送频次\r\ngdp-growth-2023,"a"b,,,,,,\r\n'
    const result = await readAssignFile('表.csv', new TextEncoder().encode(csv), items, [])
    expect(result).toMatchObject({ ok: false, problems: [{ where: '第 2 行' }] })
  })
})

describe('unit names from a one-column sheet', () => {
  it('takes the first column, drops a 单位名称 header, blanks and repeats', () => {
    expect(unitNamesOf([['单位名称'], ['县统计局'], [''], ['  洪桥街道 '], ['县统计局']])).toEqual([
      '县统计局',
      '洪桥街道',
    ])
    expect(unitNamesOf([['县统计局', '备注']])).toEqual(['县统计局'])
  })
})
