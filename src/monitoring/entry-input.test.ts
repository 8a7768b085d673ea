// @vitest-environment node
// What an official types becomes a valid entry, or a clear Chinese message on the field at fault.
import { describe, expect, it } from 'vitest'
import { parseFigure, validateTaskEntry, validateValueEntry, type EntryFields } from './entry-input'
import { monitorIndicators } from '../../tests/fixtures/monitor-dataset'
import { progressEntrySchema } from '@/data/dataset/schema'

const growth = { measure: 'growth_pct', unit: '%' } as const
const share = { measure: 'share_pct', unit: '%' } as const
const money = { measure: 'level', unit: '亿元' } as const
const firms = { measure: 'count', unit: '家' } as const
const rank = { measure: 'rank', unit: '名' } as const

describe('parseFigure', () => {
  it.each([
    [growth, '6.2', 6.2],
    [growth, ' 6.2% ', 6.2],
    [growth, '-3', -3],
    [growth, '６．２％', 6.2], // full-width input method
    [money, '168亿元', 168],
    [money, '1,234.5', 1234.5],
    [money, '1.5e-7', 1.5e-7], // how String() writes tiny numbers, so an exported value reads back
    [firms, '15家', 15],
    [share, '100', 100],
    [rank, '第3', 3],
    [{ measure: 'change_pp', unit: '百分点' } as const, '1.02个百分点', 1.02],
  ] as const)('%o reads %s as %d', (target, raw, value) => {
    expect(parseFigure(target, raw)).toEqual({ ok: true, value })
  })

  it.each([
    [growth, '', '请填写数值'],
    [growth, 'abc', '“abc”不是有效的数字，请填写如 6.2 或 168 这样的数值'],
    [growth, '6.2.3', '“6.2.3”不是有效的数字，请填写如 6.2 或 168 这样的数值'],
    [growth, '6,2', '“6,2”不是有效的数字，请填写如 6.2 或 168 这样的数值'],
    [growth, '168亿元', '单位不符：填写的是“亿元”，本项以“%”计，请换算后填写'],
    [money, '6.2%', '单位不符：填写的是“%”，本项以“亿元”计，请换算后填写'],
    [money, '168万元', '单位不符：填写的是“万元”，本项以“亿元”计，请换算后填写'],
    [growth, '-100', '增速不可能低于 -100%，请核对'],
    [share, '100.1', '比率须在 0% 至 100% 之间，请核对'],
    [share, '-1', '比率须在 0% 至 100% 之间，请核对'],
    [firms, '2.5', '数量应为不小于 0 的整数'],
    [firms, '-1', '数量应为不小于 0 的整数'],
    [money, '-5', '累计值不能为负数'],
    [rank, '0', '名次应为正整数（第1名起）'],
  ] as const)('%o refuses “%s”', (target, raw, message) => {
    expect(parseFigure(target, raw)).toEqual({ ok: false, message })
  })

  it.each([
    [growth, '1e999', '数值超出可记录的范围，请核对是否多写了位数'],
    [money, '-1e999', '数值超出可记录的范围，请核对是否多写了位数'],
    [growth, '1000.1', '增速超过 1000%，不像是真实数据，请核对'],
    [
      { measure: 'change_pp', unit: '百分点' } as const,
      '-150',
      '变动超过 100 个百分点，不像是真实数据，请核对',
    ],
    [rank, '5000', '名次超过第1000名，请核对'],
    [{ ...money, value: 168 }, '168001', '数值超过全年目标的 1000 倍，请核对单位和位数'],
    [{ ...firms, value: 15 }, '15001', '数值超过全年目标的 1000 倍，请核对单位和位数'],
  ] as const)('%o refuses the absurd “%s”', (target, raw, message) => {
    expect(parseFigure(target, raw)).toEqual({ ok: false, message })
  })

  it('accepts large but possible figures', () => {
    expect(parseFigure(growth, '1000')).toEqual({ ok: true, value: 1000 })
    expect(parseFigure({ ...money, value: 168 }, '168000')).toEqual({ ok: true, value: 168000 })
  })
})

const gdp = monitorIndicators.find((i) => i.id === 'gdp-growth-2023')!
const fields = (patch: Partial<EntryFields>): EntryFields => ({
  value: '',
  asOf: '2023-06',
  basis: 'provisional',
  taskStatus: '',
  note: '',
  source: '',
  ...patch,
})

describe('validateValueEntry', () => {
  it('builds a draft that, with id and time, is a valid stored entry', () => {
    const result = validateValueEntry(gdp, fields({ value: '6.2', basis: 'final', note: ' 统计局快报 ' }))
    expect(result).toEqual({
      ok: true,
      draft: {
        type: 'value',
        targetId: 'gdp-growth-2023',
        value: 6.2,
        basis: 'final',
        asOf: '2023-06',
        note: '统计局快报',
      },
    })
    if (!result.ok) return
    const stored = { ...result.draft, id: 'x', recordedAt: new Date().toISOString() }
    expect(progressEntrySchema.safeParse(stored).success).toBe(true)
  })

  it('reports every bad field at once', () => {
    const result = validateValueEntry(
      gdp,
      fields({ value: 'abc', asOf: '2024-01', basis: '', note: '长'.repeat(501), source: '源'.repeat(201) }),
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        value: '“abc”不是有效的数字，请填写如 6.2 或 168 这样的数值',
        asOf: '日期须在2023年内',
        basis: '请选择口径：预计或正式',
        note: '备注不超过500字',
        source: '来源不超过200字',
      },
    })
  })

  it('asks for a month when none is chosen', () => {
    expect(validateValueEntry(gdp, fields({ value: '6', asOf: '' }))).toMatchObject({
      ok: false,
      errors: { asOf: '请选择截至月份' },
    })
  })
})

describe('validateTaskEntry', () => {
  it('needs a status and builds a task draft', () => {
    expect(validateTaskEntry('task-x', fields({}))).toEqual({
      ok: false,
      errors: { taskStatus: '请选择任务状态' },
    })
    expect(validateTaskEntry('task-x', fields({ taskStatus: 'done', asOf: '2023-11' }))).toEqual({
      ok: true,
      draft: { type: 'task', targetId: 'task-x', taskStatus: 'done', asOf: '2023-11' },
    })
  })
})
