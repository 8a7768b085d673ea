// @vitest-environment node
// 进度走势 reads one figure per month (the last recorded), the 序时进度 or node amount due, and the 左右 band.
import { expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { monitorIndicators } from '../../tests/fixtures/monitor-dataset'
import { trendOf } from './trend'

const byId = (id: string) => monitorIndicators.find((i) => i.id === id)!
const v = (
  targetId: string,
  asOf: string,
  value: number,
  basis: 'final' | 'provisional',
  recordedAt = '2023-10-01T00:00:00.000Z',
) =>
  ({ id: `${asOf}-${recordedAt}`, type: 'value', targetId, asOf, value, basis, recordedAt }) as ProgressEntry

it('puts cumulative values against 序时进度, with a node target where one is set', () => {
  const t = trendOf(
    byId('retail-sales-2023'),
    [v('retail-sales-2023', '2023-03', 40, 'final'), v('retail-sales-2023', '2023-06', 80, 'provisional')],
    [{ period: '2023-06', value: 90 }],
  )
  expect(t.cumulative).toBe(true)
  expect(t.points).toBe(2)
  expect(t.rows.slice(2, 6).map((r) => [r.label, r.final, r.provisional, r.expected])).toEqual([
    ['3月', 40, null, 42],
    ['4月', null, null, 56],
    ['5月', null, null, 70],
    ['6月', null, 80, 90],
  ])
})

it('puts rates against the target and its 左右 band, the last recorded figure of a month winning', () => {
  const t = trendOf(byId('gdp-growth-2023'), [
    v('gdp-growth-2023', '2023-09', 6.4, 'provisional', '2023-10-01T00:00:00.000Z'),
    v('gdp-growth-2023', '2023-09', 6.1, 'final', '2023-10-20T00:00:00.000Z'),
  ])
  expect(t.rows[8]).toEqual({
    month: 9,
    label: '9月',
    value: 6.1,
    final: 6.1,
    provisional: null,
    expected: 7.5,
    low: 7,
    high: 8,
  })
})
