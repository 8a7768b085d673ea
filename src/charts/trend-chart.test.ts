import { expect, it } from 'vitest'
import type { TrendRow } from '@/monitoring/trend'
import { yScale } from './trend-chart'

const months = (row: (month: number) => Partial<TrendRow>): TrendRow[] =>
  Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    label: `${i + 1}月`,
    value: null,
    final: null,
    provisional: null,
    expected: 0,
    ...row(i + 1),
  }))

it('leaves room around a 左右 band: 7.5%左右 (7–8%) with 7.1% reported is drawn on 6.5–8.5%, not 7–8%', () => {
  const rows = months((m) => ({
    expected: 7.5,
    low: 7,
    high: 8,
    ...(m === 6 && { value: 7.1, provisional: 7.1 }),
  }))
  expect(yScale({ cumulative: false, target: 7.5, rows, points: 1 }).domain).toEqual([6.5, 8.5])
})

it('draws a cumulative target from 0 up to the target, with no band room added', () => {
  const rows = months((m) => ({ expected: (168 * m) / 12, ...(m === 3 && { value: 40, final: 40 }) }))
  expect(yScale({ cumulative: true, target: 168, rows, points: 1 }).domain).toEqual([0, 200])
})
