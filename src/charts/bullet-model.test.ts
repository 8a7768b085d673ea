// @vitest-environment node
// A bullet chart draws 以上 as a floor, 以内 as a ceiling, 左右 as a band, and its table says exactly that.
import { describe, expect, it } from 'vitest'
import { indicator } from '@/test-support/dataset-fixture'
import type { Indicator } from '@/data/dataset/schema'
import { bulletModel } from './bullet-model'
import { niceScale } from './nice-scale'
import { wrapText } from './svg-parts'

const pct = (id: string, value: number, extra: Partial<Indicator> = {}) =>
  indicator({
    id,
    sector: 'economy',
    name: 'x',
    value,
    unit: '%',
    measure: 'growth_pct',
    quote: 'x',
    ...extra,
  })

describe('bulletModel', () => {
  it('draws 左右 as a band around the target', () => {
    const m = bulletModel({
      outcome: pct('a-2022', 5),
      target: pct('a-2023', 7.5, { comparator: 'about', qualifier: '左右' }),
    })
    expect(m.zone).toEqual({ from: 7, to: 8, kind: 'band' })
    expect(m.table.rows).toContainEqual({ series: '目标区间（左右）', value: null, figure: '7–8%' })
  })

  it('draws 以上 as a floor up to the axis end and 以内 as a ceiling from the axis start', () => {
    const floor = bulletModel({
      outcome: pct('b-2022', 22),
      target: pct('b-2023', 15, { comparator: 'at_least', qualifier: '以上' }),
    })
    expect(floor.zone).toEqual({ from: 15, to: floor.domain[1], kind: 'floor' })
    const ceiling = bulletModel({
      outcome: pct('c-2022', 3.03),
      target: pct('c-2023', 5.6, { comparator: 'at_most', qualifier: '以内' }),
    })
    expect(ceiling.zone).toEqual({ from: ceiling.domain[0], to: 5.6, kind: 'ceiling' })
    expect(ceiling.table.rows.map((r) => r.figure)).toEqual(['3.03%', '5.6%以内', '≤5.6%', '待监测'])
  })

  it('has no zone for an exact target, and shows the actual when monitoring supplies it', () => {
    const m = bulletModel({ outcome: pct('d-2022', 17), target: pct('d-2023', 9.5) }, { value: 4.2 })
    expect(m.zone).toBeNull()
    expect(m.table.rows.at(-1)).toEqual({ series: '2023年实际', value: 4.2, figure: '4.2%' })
    expect(m.legend.map((l) => l.label)).toEqual([
      '2022年完成（实心条）',
      '2023年目标（◆）',
      '2023年实际（细条）',
    ])
  })

  it('keeps every value, including negative ones, inside the axis', () => {
    const m = bulletModel({ outcome: pct('e-2022', -3), target: pct('e-2023', 6) }, { value: 7 })
    expect(m.domain[0]).toBeLessThan(-3)
    expect(m.domain[1]).toBeGreaterThan(7)
  })
})

describe('chart helpers', () => {
  it('niceScale gives round ends and steps', () => {
    expect(niceScale(0, 25.3, 4)).toEqual({ domain: [0, 30], ticks: [0, 10, 20, 30] })
    expect(niceScale(0, 193.2, 4)).toEqual({ domain: [0, 200], ticks: [0, 50, 100, 150, 200] })
    expect(niceScale(-5, 8, 4).domain).toEqual([-5, 10])
  })

  it('wrapText balances lines', () => {
    expect(wrapText('地区生产总值增速', 7)).toEqual(['地区生产', '总值增速'])
    expect(wrapText('增速', 7)).toEqual(['增速'])
  })
})
