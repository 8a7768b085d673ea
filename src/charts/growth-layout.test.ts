// @vitest-environment node
// The growth comparison's geometry: two bars per row from zero on one scale, 2022 above 2023, the axis recharts drew
// (0, 8 … 32%), labels past each bar's end, and no two tick labels on top of each other on a narrow phone.
import { describe, expect, it } from 'vitest'
import { estimateWidth } from './export/text-layout'
import { GROWTH, growthLayout, type GrowthValues } from './growth-layout'

const tick = (v: number) => `${v}%`
const row = (name: string, outcome: number, target: number): GrowthValues => ({
  name,
  outcome,
  target,
  outcomeLabel: `${outcome}%`,
  targetLabel: `${target}%左右`,
})
const report = [
  row('地区生产总值增速', 5, 7.5),
  row('固定资产投资增速', 17, 9.5),
  row('村集体经济收入增速', 9.5, 30),
]

describe('growthLayout', () => {
  it('draws each row’s 2022 bar above its 2023 bar, both from zero on the report’s 0–32% axis', () => {
    const l = growthLayout(report, 891, tick)
    expect(l.height).toBe(report.length * 64 + 40)
    expect(l.ticks.map((t) => t.text)).toEqual(['0%', '8%', '16%', '24%', '32%'])
    expect(l.zero).toBe(l.plot.left)
    const unit = (l.plot.right - l.plot.left) / 32
    expect(l.plot.right).toBe(891 - GROWTH.margin.right)
    expect(l.rows.map((r) => r.name)).toEqual(report.map((r) => r.name))
    for (const [i, r] of l.rows.entries()) {
      expect(r.outcome.x).toBe(l.plot.left)
      expect(r.target.x).toBe(l.plot.left)
      expect(r.outcome.width).toBeCloseTo(report[i]!.outcome * unit)
      expect(r.target.width).toBeCloseTo(report[i]!.target * unit)
      expect(r.outcome.y + r.outcome.height + GROWTH.barGap).toBe(r.target.y)
      expect(r.outcome.y).toBeLessThan(r.y)
      expect(r.target.y + r.target.height).toBeGreaterThan(r.y)
    }
    expect(l.rows[1]!.y - l.rows[0]!.y).toBeCloseTo((l.plot.bottom - l.plot.top) / report.length)
  })

  it('puts each figure as the report writes it just past its bar, inside the drawing', () => {
    const l = growthLayout(report, 891, tick)
    const last = l.rows.at(-1)!
    expect(last.targetLabel).toEqual({
      x: last.target.x + last.target.width + GROWTH.labelGap,
      y: last.target.y + last.target.height / 2,
      text: '30%左右',
    })
    expect(last.outcomeLabel.text).toBe('9.5%')
    expect(last.targetLabel.x + estimateWidth('30%左右', GROWTH.fontSize.label)).toBeLessThanOrEqual(891)
  })

  it('draws a fall leftwards from a zero line inside the plot, with 0% among the ticks', () => {
    const l = growthLayout([row('村集体经济收入增速', -3.2, 6), ...report], 600, tick)
    expect(l.ticks.map((t) => t.text)).toEqual(['-10%', '0%', '10%', '20%', '30%'])
    expect(l.ticks[0]!.x).toBe(l.plot.left)
    expect(l.zero).toBeGreaterThan(l.plot.left)
    const fall = l.rows[0]!
    expect(fall.outcome.x + fall.outcome.width).toBeCloseTo(l.zero)
    expect(fall.outcome.x).toBeGreaterThanOrEqual(l.plot.left)
    // Its label reads right of zero, away from the indicator names on the left.
    expect(fall.outcomeLabel.x).toBe(l.zero + GROWTH.labelGap)
  })

  it('leaves out tick labels that would overlap on a narrow screen, keeping the axis end', () => {
    const l = growthLayout(report, 240, tick)
    expect(l.ticks.length).toBeLessThan(5)
    expect(l.ticks.at(-1)?.text).toBe('32%')
    const half = (text: string) => estimateWidth(text, GROWTH.fontSize.tick) / 2
    for (const [i, t] of l.ticks.entries()) {
      const before = l.ticks[i - 1]
      if (before) expect(t.x - half(t.text)).toBeGreaterThanOrEqual(before.x + half(before.text))
    }
    expect(growthLayout(report, 332, tick).ticks).toHaveLength(5)
  })
})
