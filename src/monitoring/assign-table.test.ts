// @vitest-environment node
// A 分解表 imports whole or not at all: every bad row is named by its spreadsheet row, and a good file plans exactly its rows.
import { describe, expect, it } from 'vitest'
import { toCsv } from '@/lib/csv'
import { parseCsv } from '@/lib/csv'
import {
  assignTableRows,
  planAssignImport,
  readAssignRecords,
  readDeadline,
  type AssignRow,
} from './assign-table'
import { itemFrequency } from './period'
import { assignmentSchema, type ResponsibilityState } from './responsibility'

const items = new Map(
  [
    { id: 'gdp-growth-2023', name: '地区生产总值增速' },
    { id: 'new-urban-jobs-2023', name: '新增城镇就业' },
    { id: 'xiangjiang-water-2023', name: '建成湘江引水工程' },
  ].map((i) => [i.id, i]),
)
const HEADER = ['目标编号', '事项', '牵头单位', '配合单位', '责任领导', '责任人', '完成时限', '报送频次']
const units = [
  { name: '县统计局', kind: 'county', retired: false },
  { name: '县发改局', kind: 'county', retired: true },
] as const
const read = (...rows: string[][]) => readAssignRecords([HEADER, ...rows], items, [...units])
const row = (over: Partial<Record<(typeof HEADER)[number], string>> = {}) => {
  const cells: Record<string, string> = {
    目标编号: 'gdp-growth-2023',
    事项: '地区生产总值增速',
    牵头单位: '县统计局',
    配合单位: '',
    责任领导: '',
    责任人: '',
    完成时限: '',
    报送频次: '',
    ...over,
  }
  return HEADER.map((h) => cells[h]!)
}

describe('readAssignRecords refuses the whole file, naming each row', () => {
  it.each([
    ['unknown item', row({ 目标编号: 'gdp-2099' }), '目标编号“gdp-2099”不是2023年的目标或重点任务'],
    ['no item id', row({ 目标编号: '' }), '未填写目标编号'],
    ['no lead unit', row({ 牵头单位: '', 责任人: '李四' }), '未填写牵头单位'],
    ['retired unit', row({ 配合单位: '县发改局' }), '“县发改局”已从单位名录中撤销'],
    ['lead also a partner', row({ 配合单位: '县统计局、县人社局' }), '“县统计局”已是牵头单位'],
    ['unit name too long', row({ 牵头单位: '单'.repeat(41) }), '应为1至40个字'],
    ['bad deadline', row({ 完成时限: '年底' }), '完成时限“年底”无效'],
    ['impossible date', row({ 完成时限: '2023-02-30' }), '完成时限“2023-02-30”无效'],
    ['bad frequency', row({ 报送频次: '周报' }), '报送频次“周报”无效'],
  ])('%s', (_name, bad, message) => {
    const result = read(row({ 目标编号: 'new-urban-jobs-2023' }), bad)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.where).toBe('第 3 行')
    expect(result.problems[0]!.message).toContain(message)
  })

  it('refuses a repeated item, a missing or unknown column, and cells beyond the header', () => {
    const messages = (r: ReturnType<typeof read>) =>
      r.ok ? [] : r.problems.map((q) => `${q.where}：${q.message}`)
    expect(messages(read(row(), row({ 牵头单位: '县人社局' })))).toEqual([
      '第 3 行：与第 2 行是同一目标编号，请只保留一行',
    ])
    expect(messages(readAssignRecords([HEADER.slice(0, 7), row().slice(0, 7)], items, []))).toEqual([
      '第 1 行：缺少“报送频次”列（请使用下载的模板）',
    ])
    expect(messages(readAssignRecords([[...HEADER, '备注'], row()], items, []))).toEqual([
      '第 1 行：无法识别的列“备注”（列名须与模板一致）',
    ])
    expect(read([...row(), '多余'])).toMatchObject({ ok: false, problems: [{ where: '第 2 行' }] })
  })

  it('lists every bad row, not only the first', () => {
    const result = read(row({ 完成时限: 'x' }), row({ 目标编号: 'new-urban-jobs-2023', 报送频次: 'y' }))
    expect(result.ok ? [] : result.problems.map((p) => p.where)).toEqual(['第 2 行', '第 3 行'])
  })
})

describe('readAssignRecords reads what a spreadsheet writes', () => {
  it('splits partners on 、 and commas, reads month and date deadlines and frequency labels, skips blank rows', () => {
    const result = read(
      row({
        配合单位: '县人社局、县财政局,洪桥街道',
        责任领导: '张三',
        责任人: '李四',
        完成时限: '2023年12月',
        报送频次: '季报',
      }),
      row({ 目标编号: 'new-urban-jobs-2023', 牵头单位: '', 事项: '新增城镇就业' }),
      ['', '', '', '', '', '', '', ''],
      row({ 目标编号: 'xiangjiang-water-2023', 完成时限: '2023/6/30' }),
    )
    expect(result).toEqual({
      ok: true,
      skipped: 1,
      rows: [
        {
          where: '第 2 行',
          itemId: 'gdp-growth-2023',
          leadUnit: '县统计局',
          partnerUnits: ['县人社局', '县财政局', '洪桥街道'],
          leader: '张三',
          owner: '李四',
          deadline: '2023-12',
          frequency: 'quarterly',
        },
        {
          where: '第 5 行',
          itemId: 'xiangjiang-water-2023',
          leadUnit: '县统计局',
          partnerUnits: [],
          deadline: '2023-06-30',
        },
      ],
    })
  })

  it.each([
    ['2023-06', '2023-06'],
    ['2023-6', '2023-06'],
    ['2023年6月', '2023-06'],
    ['2023年6月30日', '2023-06-30'],
    ['2023/6/30', '2023-06-30'],
    ['2023-06-31', undefined],
    ['6月', undefined],
  ])('deadline %s → %s', (raw, expected) => {
    expect(readDeadline(raw)).toBe(expected)
  })

  it('reads back what export writes, through CSV', () => {
    const state = [
      assignmentSchema.parse({
        itemId: 'new-urban-jobs-2023',
        leadUnit: '县人社局',
        partnerUnits: ['县统计局', '县财政局'],
        leader: '王五',
        deadline: '2023-12-31',
        frequency: 'monthly',
      }),
    ]
    const csv = toCsv(assignTableRows([...items.values()], state))
    const result = readAssignRecords(parseCsv(csv), items, [])
    expect(result).toMatchObject({
      ok: true,
      skipped: 2,
      rows: [
        {
          itemId: 'new-urban-jobs-2023',
          leadUnit: '县人社局',
          partnerUnits: ['县统计局', '县财政局'],
          leader: '王五',
        },
      ],
    })
  })
})

describe('planAssignImport', () => {
  const state: ResponsibilityState = {
    units: [{ name: '县统计局', kind: 'county', retired: false }],
    leaders: [{ name: '张三' }],
    assignments: [
      assignmentSchema.parse({
        itemId: 'gdp-growth-2023',
        leadUnit: '县统计局',
        frequency: 'quarterly',
        nodes: [{ period: '2023-06', value: 7 }],
        subItems: [{ id: 's1', name: '一产', leadUnit: '县统计局' }],
      }),
      assignmentSchema.parse({ itemId: 'new-urban-jobs-2023', leadUnit: '县统计局', frequency: 'monthly' }),
    ],
  }
  const rows: AssignRow[] = [
    { where: '第 2 行', itemId: 'gdp-growth-2023', leadUnit: '县统计局', partnerUnits: [] },
    {
      where: '第 3 行',
      itemId: 'new-urban-jobs-2023',
      leadUnit: '县人社局',
      partnerUnits: ['洪桥街道'],
      leader: '李四',
    },
    {
      where: '第 4 行',
      itemId: 'xiangjiang-water-2023',
      leadUnit: '县水利局',
      partnerUnits: [],
      frequency: 'quarterly',
    },
  ]
  const plan = planAssignImport(rows, state, (id) => itemFrequency(id))

  it('counts an identical row as unchanged, keeping nodes and sub-items', () => {
    expect(plan.unchanged).toBe(1)
  })
  it('changes the eight columns of an assigned item', () => {
    expect(plan.changed).toHaveLength(1)
    expect(plan.changed[0]!.after).toMatchObject({
      leadUnit: '县人社局',
      partnerUnits: ['洪桥街道'],
      leader: '李四',
    })
  })
  it('adds a new item with the default frequency unless the row sets one', () => {
    expect(plan.added).toEqual([
      expect.objectContaining({ itemId: 'xiangjiang-water-2023', frequency: 'quarterly' }),
    ])
  })
  it('adds units and leaders the directory lacks, 乡镇街道 by their name', () => {
    expect(plan.newUnits).toEqual([
      { name: '县人社局', kind: 'county', retired: false },
      { name: '洪桥街道', kind: 'township', retired: false },
      { name: '县水利局', kind: 'county', retired: false },
    ])
    expect(plan.newLeaders).toEqual([{ name: '李四' }])
  })
})
