// @vitest-environment node
// The 通报 counts every target once under its sector and overall, and lists exactly the 欠进度/未完成/未报送 items.
import { describe, expect, it } from 'vitest'
import { monitorDataset } from '../../tests/fixtures/monitor-dataset'
import type { ProgressEntry } from '@/data/dataset/schema'
import { selectBulletin } from './select-bulletin'

let n = 0
const at = (asOf: string) => ({ id: `e${++n}`, asOf, recordedAt: '2023-12-01T00:00:00.000Z' })
const value = (
  targetId: string,
  asOf: string,
  v: number,
  basis: 'provisional' | 'final' = 'provisional',
): ProgressEntry => ({
  ...at(asOf),
  type: 'value',
  targetId,
  value: v,
  basis,
})

const entries: ProgressEntry[] = [
  value('gdp-growth-2023', '2023-06', 6.2), // below the 7.5%左右 band: 欠进度
  value('gdp-growth-2023', '2023-12', 6.0, 'final'), // after June: ignored until December
  value('retail-sales-2023', '2023-06', 40), // 24% of 168亿元 at half-year: 欠进度
  value('new-large-industrial-firms-2023', '2023-05', 16, 'final'), // 15家以上 reached: 已完成
  value('urban-unemployment-rate-2023', '2023-06', 5.0), // under the 5.6% cap: 超进度
  { ...at('2023-02'), type: 'task', targetId: 'task-xiangjiang-water-diversion', taskStatus: 'in_progress' }, // not reported since February: 未报送
]

describe('selectBulletin', () => {
  it('counts by sector and overall as of June', () => {
    const r = selectBulletin(monitorDataset, entries, { month: 6, tolerancePp: 5 })
    expect(
      r.sectors.map((s) => [
        s.sector.short,
        s.counts.total,
        s.counts.behind,
        s.counts.done,
        s.counts.unreported,
        s.counts.ahead,
      ]),
    ).toEqual([
      ['产业发展', 2, 1, 1, 0, 0],
      ['项目园区', 1, 0, 0, 1, 0],
      ['民生保障', 1, 0, 0, 0, 1],
      ['综合经济', 1, 1, 0, 0, 0],
    ])
    expect(r.overall).toEqual({
      ahead: 1,
      on_track: 0,
      behind: 2,
      done: 1,
      missed: 0,
      no_data: 0,
      unreported: 1,
      total: 5,
    })
    expect([r.targets, r.tasks]).toEqual([4, 1])
    expect(r.listed.behind.map((i) => i.id)).toEqual(['retail-sales-2023', 'gdp-growth-2023'])
    expect(r.listed.behind[1]?.result.entry?.asOf).toBe('2023-06')
    expect(r.listed.unreported.map((i) => i.id)).toEqual(['task-xiangjiang-water-diversion'])
    expect(r.listed.missed).toEqual([])
  })

  it('as of December, a final figure short of the target is listed as 未完成', () => {
    const r = selectBulletin(monitorDataset, entries, { month: 12, tolerancePp: 5 })
    expect(r.listed.missed.map((i) => [i.id, i.result.entry?.asOf])).toEqual([['gdp-growth-2023', '2023-12']])
  })
})
