// @vitest-environment node
// The 通报 body: stable 第N项 in report order under any filter, counts with shares that include 未报送, and the
// units that did not report named with their items.
import { describe, expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { frequenciesOf } from '@/monitoring/status'
import { monitorDataset } from '../../tests/fixtures/monitor-dataset'
import { buildBulletin, defaultTitle, rowStatusLabel } from './bulletin'
import { unreportedSection } from './bulletin-unreported'
import type { Assignment } from './responsibility'
import { bulletinBodySchema, compareBulletins } from './bulletin-snapshot'
import { responsibilityFilter } from './select-responsibility'

const at = '2023-09-20T00:00:00.000Z'
const entries: ProgressEntry[] = [
  {
    id: 'g',
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-09',
    value: 6.1,
    basis: 'provisional',
    recordedAt: at,
    problems: ' 投资放缓 ',
  },
  {
    id: 'r',
    type: 'value',
    targetId: 'retail-sales-2023',
    asOf: '2023-09',
    value: 140,
    basis: 'provisional',
    recordedAt: at,
  },
  {
    id: 'u',
    type: 'value',
    targetId: 'urban-unemployment-rate-2023',
    asOf: '2023-06',
    value: 5.2,
    basis: 'provisional',
    recordedAt: at,
  },
]
const assign = (itemId: string, leadUnit: string, leader: string): Assignment => ({
  itemId,
  leadUnit,
  leader,
  partnerUnits: [],
  frequency: itemId === 'gdp-growth-2023' ? 'quarterly' : 'monthly',
  nodes: [],
  subItems: [],
})
const assignments = [
  assign('gdp-growth-2023', '县统计局', '张三'),
  assign('urban-unemployment-rate-2023', '县人社局', '王五'),
  assign('new-large-industrial-firms-2023', '县工信局', '李四'),
]
const buildAt = (period: string, list: readonly ProgressEntry[], keep?: (id: string) => boolean) =>
  buildBulletin({
    dataset: monitorDataset,
    entries: list,
    assignments,
    period,
    settings: { month: Number(period.slice(5)), tolerancePp: 5, frequencies: frequenciesOf(assignments) },
    dueDay: 25,
    ...(keep && { keep }),
  })
const build = (keep?: (id: string) => boolean) => buildAt('2023-09', entries, keep)

it('titles the 通报 by 本期', () => {
  expect(defaultTitle(9)).toBe('关于2023年政府工作报告目标任务1—9月推进情况的通报')
  expect(defaultTitle(1)).toBe('关于2023年政府工作报告目标任务1月推进情况的通报')
})

describe('the whole county', () => {
  const b = build()
  it('numbers items in report order: 主要经济指标, 量化指标, then 重点任务', () => {
    expect(b.rows.map((r) => [r.no, r.name, r.block])).toEqual([
      [1, '地区生产总值增速', 'economy'],
      [2, '新增规模工业企业', 'quantity'],
      [3, '社会消费品零售总额', 'quantity'],
      [4, '城镇调查失业率', 'quantity'],
      [5, '加快湘江引水工程建设', 'task'],
    ])
  })
  it('counts every status with its share, 未报送 included', () => {
    expect(b.overall).toBe(
      '截至2023年9月，纳入监测的目标任务共5项（主要经济指标1项、量化指标3项、重点任务1项）。其中，超进度1项，占20%；达进度0项，占0%；欠进度1项，占20%；已完成0项，占0%；未完成0项，占0%；未报送3项，占60%。本期应报未报3项，见“六、未报送情况”。',
    )
  })
  it('lists the lagging items of each block with their unit, leader and trimmed narrative', () => {
    const economy = b.blocks.find((x) => x.key === 'economy')!
    expect(economy.summary).toBe('主要经济指标1项中，欠进度1项。')
    expect(economy.lagging.map((r) => [r.line, r.responsibility, r.problems])).toEqual([
      [
        '地区生产总值（第1项）：增长6.1%，低于目标1.4个百分点',
        '牵头单位：县统计局，责任领导：张三',
        '投资放缓',
      ],
    ])
    expect(b.highlights.map((r) => r.line)).toEqual([
      '社会消费品零售总额（第3项）：累计完成140亿元，完成年度目标的83.3%，高于序时进度8.3个百分点',
    ])
  })
  it('names the units that did not report, and counts the items nobody leads', () => {
    expect(unreportedSection(b)).toEqual({
      summary: '本期应报未报目标任务3项。其中，县工信局、县人社局等2个单位未按要求报送，涉及2项：',
      lines: [
        '县工信局：新增规模工业企业（第2项）。',
        '县人社局：城镇调查失业率（第4项）。',
        '另有1项尚未明确牵头单位，请在任务分解中明确牵头单位，落实报送责任。',
      ],
    })
  })
})

it('keeps each item its number under a filter, and counts only what the filter keeps', () => {
  const b = build(responsibilityFilter(assignments, { unit: ['县人社局'], leader: [] }))
  expect(b.rows.map((r) => r.no)).toEqual([4])
  expect(b.total).toBe(1)
  expect(b.overall).toMatch(
    /^截至2023年9月，纳入监测的目标任务共1项（主要经济指标0项、量化指标1项、重点任务0项）。其中，超进度0项，占0%；/,
  )
  expect(build((id) => id.startsWith('retail') || id.startsWith('new-')).rows.map((r) => r.no)).toEqual([
    2, 3,
  ])
})

// 一、总体情况 and 六、未报送情况 speak of the same items: 未报送N项 is 本期应报未报N项, whatever the records.
describe('未报送 in 一、总体情况 is 本期应报未报', () => {
  const counted = (b: ReturnType<typeof build>) => ({
    unreported: b.counts.find((c) => c.status === 'unreported')?.n,
    due: b.unreported.reduce((n, u) => n + u.items.length, 0),
  })
  it('counts an item never reported as 未报送 once its first period is due, and not before', () => {
    // 2023-02: the quarterly GDP figure is not due yet; the four monthly items owe January and February.
    const b = buildAt('2023-02', [])
    expect(b.rows.map((r) => [r.no, r.status])).toEqual([
      [1, 'no_data'],
      [2, 'unreported'],
      [3, 'unreported'],
      [4, 'unreported'],
      [5, 'unreported'],
    ])
    expect(b.overall).toContain(
      '未报送4项，占80%；未到报送期1项，占20%。本期应报未报4项，见“六、未报送情况”。',
    )
    expect(counted(b)).toEqual({ unreported: 4, due: 4 })
    expect(b.unreported.flatMap((u) => u.items.map((i) => i.no))).not.toContain(1)
    // 2023-03: Q1 falls due, GDP without a record joins the 未报送 named under 县统计局.
    const march = buildAt('2023-03', [])
    expect(march.rows[0]?.status).toBe('unreported')
    expect(counted(march)).toEqual({ unreported: 5, due: 5 })
    expect(march.unreported.find((u) => u.unit === '县统计局')?.items).toEqual([
      { no: 1, name: '地区生产总值增速' },
    ])
  })
  it('takes an item out of 未报送 once its record for 本期 is in', () => {
    const firms: ProgressEntry = {
      id: 'f',
      type: 'value',
      targetId: 'new-large-industrial-firms-2023',
      asOf: '2023-02',
      value: 2,
      basis: 'provisional',
      recordedAt: '2023-02-20T00:00:00.000Z',
    }
    const b = buildAt('2023-02', [firms])
    expect(b.rows[1]?.status).not.toBe('unreported')
    expect(counted(b)).toEqual({ unreported: 3, due: 3 })
    expect(b.overall).toContain('本期应报未报3项')
    expect(b.unreported.map((u) => u.unit)).not.toContain('县工信局')
  })
  it('chases no report of a task already 已完成', () => {
    const done: ProgressEntry = {
      id: 'k',
      type: 'task',
      targetId: 'task-xiangjiang-water-diversion',
      asOf: '2023-03',
      taskStatus: 'done',
      recordedAt: '2023-03-20T00:00:00.000Z',
    }
    const b = buildAt('2023-09', [...entries, done])
    expect(b.rows[4]?.status).toBe('done')
    expect(counted(b)).toEqual({ unreported: 2, due: 2 })
    expect(b.overall).toContain('未报送2项，占40%。本期应报未报2项')
  })
})

it('words each row as issued: a 通报 kept before this rule says 无数据 where it said so', () => {
  const b = buildAt('2023-02', [])
  expect(b.rows.map(rowStatusLabel)).toEqual(['未到报送期', '未报送', '未报送', '未报送', '未报送'])
  expect(rowStatusLabel({ status: 'no_data' })).toBe('无数据')
  expect(rowStatusLabel({ status: 'unreported' })).toBe('未报送')
})

it('与上期比较 words each side as its 通报 did: an older 无数据 becomes this 通报’s 未报送', () => {
  const current = buildAt('2023-03', [])
  // As kept before rows carried their wording: no statusLabel, and never-reported items at no_data
  const kept = structuredClone(current)
  for (const r of kept.rows) {
    delete r.statusLabel
    r.status = 'no_data'
  }
  const older = bulletinBodySchema.parse(kept)
  const change = compareBulletins(older, current).find((c) => c.no === 2)!
  expect([rowStatusLabel(change.from!), rowStatusLabel(change.to!)]).toEqual(['无数据', '未报送'])
  expect(bulletinBodySchema.parse(current).rows[1]?.statusLabel).toBe('未报送')
})
