// @vitest-environment node
// Each lagging or leading item reads as one standard 通报 line, word for word.
import { describe, expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { indicatorStatus, taskStatus } from './status'
import { monitorIndicators } from '../../tests/fixtures/monitor-dataset'
import { responsibilityLine, shareText, standardLine } from './bulletin-lines'

const byId = (id: string) => monitorIndicators.find((i) => i.id === id)!
const at = '2023-10-01T00:00:00.000Z'
const value = (targetId: string, asOf: string, v: number, basis: 'provisional' | 'final' = 'provisional') =>
  ({
    id: `${targetId}-${asOf}`,
    type: 'value',
    targetId,
    asOf,
    value: v,
    basis,
    recordedAt: at,
  }) as ProgressEntry

function line(id: string, entries: ProgressEntry[], month = 9, no = 1) {
  const indicator = byId(id)
  const result = indicatorStatus(indicator, entries, { month, tolerancePp: 5 })
  return standardLine({ no, name: indicator.name, indicator, result, month })
}

describe('rate lines', () => {
  it('gives growth and its gap to the target in 个百分点', () => {
    expect(line('gdp-growth-2023', [value('gdp-growth-2023', '2023-09', 6.1)])).toBe(
      '地区生产总值（第1项）：增长6.1%，低于目标1.4个百分点',
    )
  })
  it('names the period when the figure is older than 本期 (a quarterly figure), and a fall as 下降', () => {
    expect(line('gdp-growth-2023', [value('gdp-growth-2023', '2023-06', -0.5)], 8)).toBe(
      '地区生产总值（第1项）：1—6月下降0.5%，低于目标8个百分点',
    )
  })
  it('says 高于目标 for a ceiling exceeded', () => {
    expect(
      line('urban-unemployment-rate-2023', [value('urban-unemployment-rate-2023', '2023-09', 5.8)], 9, 4),
    ).toBe('城镇调查失业率（第4项）：5.8%，高于目标0.2个百分点')
  })
  it('says 与目标持平 on the target', () => {
    expect(line('gdp-growth-2023', [value('gdp-growth-2023', '2023-09', 7.5)])).toBe(
      '地区生产总值（第1项）：增长7.5%，与目标持平',
    )
  })
})

describe('cumulative lines', () => {
  it('gives the share of the year target and the gap to 序时进度', () => {
    expect(line('retail-sales-2023', [value('retail-sales-2023', '2023-06', 40)], 6, 3)).toBe(
      '社会消费品零售总额（第3项）：累计完成40亿元，完成年度目标的23.8%，低于序时进度26.2个百分点',
    )
  })
  it('says 高于序时进度 when ahead', () => {
    expect(line('retail-sales-2023', [value('retail-sales-2023', '2023-09', 140)], 9, 3)).toBe(
      '社会消费品零售总额（第3项）：累计完成140亿元，完成年度目标的83.3%，高于序时进度8.3个百分点',
    )
  })
  it('says 提前完成年度目标 for an official total reached before December', () => {
    expect(
      line(
        'new-large-industrial-firms-2023',
        [value('new-large-industrial-firms-2023', '2023-09', 16, 'final')],
        9,
        2,
      ),
    ).toBe('新增规模工业企业（第2项）：累计完成16家，完成年度目标的106.7%，提前完成年度目标')
  })
  it('says 未完成年度目标 for a December total short of it', () => {
    expect(line('retail-sales-2023', [value('retail-sales-2023', '2023-12', 160, 'final')], 12, 3)).toBe(
      '社会消费品零售总额（第3项）：累计完成160亿元，完成年度目标的95.2%，未完成年度目标',
    )
  })
})

describe('task lines', () => {
  const task = (taskStatusValue: 'not_started' | 'in_progress' | 'done', asOf: string, month: number) => {
    const entries: ProgressEntry[] = [
      { id: 't', type: 'task', targetId: 'task-x', asOf, taskStatus: taskStatusValue, recordedAt: at },
    ]
    const result = taskStatus('task-x', entries, { month, tolerancePp: 5 })
    return standardLine({ no: 80, name: '加快湘江引水工程建设', result, month })
  }
  it('reads 尚未开始, 截至12月仍未完成 and 已完成', () => {
    expect(task('not_started', '2023-09', 9)).toBe('加快湘江引水工程建设（第80项）：尚未开始')
    expect(task('in_progress', '2023-12', 12)).toBe('加快湘江引水工程建设（第80项）：截至12月仍未完成')
    expect(task('done', '2023-07', 9)).toBe('加快湘江引水工程建设（第80项）：截至7月已完成')
  })
})

it('names the 牵头单位 and 责任领导, or 未明确', () => {
  expect(responsibilityLine('县统计局', '张三')).toBe('牵头单位：县统计局，责任领导：张三')
  expect(responsibilityLine(undefined, undefined)).toBe('牵头单位：未明确，责任领导：未明确')
})

it('gives counts with their share to one decimal', () => {
  expect(shareText('欠进度', 17, 222)).toBe('欠进度17项，占7.7%')
  expect(shareText('未报送', 0, 0)).toBe('未报送0项，占0%')
})
