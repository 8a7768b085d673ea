// @vitest-environment node
// The bullet chart's geometry: bars grow from zero, the zone stays in the plot, and no label sits under the marker.
import { describe, expect, it } from 'vitest'
import { BULLET, bulletLayout } from './bullet-layout'
import { MARKER_HALF } from './bullet-model'
import { estimateWidth } from './export/text-layout'

const fmt = (v: number) => String(v)
const farmland = { domain: [0, 10] as [number, number], ticks: [0, 2.5, 5, 7.5, 10], zone: null }
const labels = { outcome: '8.24万亩', target: '目标 4.6万亩', actual: '4万亩' }

describe('bulletLayout', () => {
  it('draws 2022 above 2023, each bar from zero to its value on the same scale', () => {
    const l = bulletLayout(farmland, { outcome: 8.24, target: 4.6, actual: 4 }, labels, 500, fmt)
    expect(l.rows.map((r) => r.label)).toEqual(['2022年', '2023年'])
    expect(l.outcome.x).toBe(l.plot.left)
    expect(l.actual?.x).toBe(l.plot.left)
    const unit = (l.plot.right - l.plot.left) / 10
    expect(l.outcome.width).toBeCloseTo(8.24 * unit)
    expect(l.actual?.width).toBeCloseTo(4 * unit)
    expect(l.marker.x).toBeCloseTo(l.plot.left + 4.6 * unit)
    expect(l.outcome.height).toBe(BULLET.outcomeBar)
    expect(l.actual?.height).toBe(BULLET.actualBar)
    expect(l.ticks.map((t) => t.text)).toEqual(['0', '2.5', '5', '7.5', '10'])
  })

  it('moves an actual just short of the target (4 of 4.6万亩) to the right of the marker', () => {
    const l = bulletLayout(farmland, { outcome: 8.24, target: 4.6, actual: 4 }, labels, 500, fmt)
    expect(l.actualLabel?.x).toBeGreaterThanOrEqual(l.marker.x + MARKER_HALF)
    const far = bulletLayout(farmland, { outcome: 8.24, target: 9, actual: 2 }, labels, 500, fmt)
    expect(far.actualLabel?.x).toBe(far.actual!.x + far.actual!.width + BULLET.labelGap)
  })

  it('keeps a 左右 band inside the 2023 row and a floor inside the plot', () => {
    const band = { from: 7, to: 8, kind: 'band' as const }
    const l = bulletLayout({ ...farmland, zone: band }, { outcome: 5, target: 7.5 }, labels, 400, fmt)
    expect(l.zone!.y).toBeGreaterThanOrEqual(l.plot.top)
    expect(l.zone!.y + l.zone!.height).toBeLessThanOrEqual(l.plot.bottom)
    expect(l.zone!.y).toBeLessThan(l.marker.y)
    expect(l.actual).toBeNull()
    expect(l.actualLabel).toBeNull()
    const floor = { from: 15, to: 40, kind: 'floor' as const }
    const f = bulletLayout(
      { ...farmland, domain: [0, 30], zone: floor },
      { outcome: 22, target: 15 },
      labels,
      400,
      fmt,
    )
    expect(f.zone!.x + f.zone!.width).toBeLessThanOrEqual(f.plot.right)
  })

  it('keeps the target label inside the drawing when the target sits at the axis end', () => {
    const l = bulletLayout(farmland, { outcome: 1, target: 10 }, labels, 300, fmt)
    const half = estimateWidth(labels.target, BULLET.fontSize.label) / 2
    expect(l.markerLabel.x + half).toBeLessThanOrEqual(300)
    expect(l.markerLabel.y).toBeLessThan(l.marker.y - MARKER_HALF)
  })

  it('draws a negative figure leftwards from zero', () => {
    const l = bulletLayout({ ...farmland, domain: [-5, 10] }, { outcome: -3, target: 4 }, labels, 400, fmt)
    const zero = l.plot.left + ((0 + 5) / 15) * (l.plot.right - l.plot.left)
    expect(l.outcome.x + l.outcome.width).toBeCloseTo(zero)
    expect(l.outcome.x).toBeLessThan(zero)
  })
})
