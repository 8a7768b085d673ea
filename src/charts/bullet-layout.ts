import { actualLabelX, MARKER_HALF, type BulletModel } from './bullet-model'
import { estimateWidth } from './export/text-layout'

// Where every mark of a bullet chart sits at a given width: pure geometry, so the screen and the export (which
// copies the screen's SVG) draw the same picture and tests can check it without a browser.

export const BULLET = {
  height: 150,
  margin: { top: 18, right: 72, bottom: 30, left: 4 },
  yAxisWidth: 46,
  outcomeBar: 16,
  actualBar: 8,
  tickSize: 6,
  labelGap: 5,
  fontSize: { tick: 11, row: 12, label: 12 },
} as const

export const BULLET_ROWS = ['2022年', '2023年'] as const

export type Rect = { x: number; y: number; width: number; height: number }
export type PlacedText = { x: number; y: number; text: string }

export type BulletLayout = {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  /** Centre line of each row, 2022 first */
  rows: { label: string; y: number }[]
  ticks: { x: number; text: string }[]
  zone: Rect | null
  outcome: Rect
  outcomeLabel: PlacedText
  actual: Rect | null
  actualLabel: PlacedText | null
  marker: { x: number; y: number }
  markerLabel: PlacedText
}

export type BulletLabels = {
  /** The 2022 figure as the report writes it, e.g. 8.24万亩 */
  outcome: string
  /** e.g. 目标 4.6万亩 */
  target: string
  /** The in-year actual with its unit, absent while 待监测 */
  actual?: string | undefined
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi))

// A bar from zero to the value, clipped to the plot so an out-of-domain value cannot spill over the labels.
export function barRect(x: (v: number) => number, value: number, cy: number, size: number): Rect {
  const a = x(0)
  const b = x(value)
  return { x: Math.min(a, b), y: cy - size / 2, width: Math.abs(b - a), height: size }
}

export function bulletLayout(
  model: Pick<BulletModel, 'domain' | 'ticks' | 'zone'>,
  values: { outcome: number; target: number; actual?: number | undefined },
  labels: BulletLabels,
  width: number,
  formatTick: (v: number) => string,
): BulletLayout {
  const { margin, yAxisWidth, height } = BULLET
  const plot = {
    left: margin.left + yAxisWidth,
    right: Math.max(margin.left + yAxisWidth + 1, width - margin.right),
    top: margin.top,
    bottom: height - margin.bottom,
  }
  const [d0, d1] = model.domain
  const span = d1 - d0 || 1
  const x = (v: number) =>
    clamp(plot.left + ((v - d0) / span) * (plot.right - plot.left), plot.left, plot.right)
  const band = (plot.bottom - plot.top) / BULLET_ROWS.length
  const rows = BULLET_ROWS.map((label, i) => ({ label, y: plot.top + band * (i + 0.5) }))
  const [row2022, row2023] = [rows[0]!.y, rows[1]!.y]
  const outcome = barRect(x, values.outcome, row2022, BULLET.outcomeBar)
  const actual = values.actual === undefined ? null : barRect(x, values.actual, row2023, BULLET.actualBar)
  const marker = { x: x(values.target), y: row2023 }
  const markerWidth = estimateWidth(labels.target, BULLET.fontSize.label)
  const actualLabel =
    actual && labels.actual
      ? {
          x: actualLabelX(
            values.actual! < 0 ? x(0) : actual.x + actual.width,
            marker.x,
            estimateWidth(labels.actual, BULLET.fontSize.label),
            BULLET.labelGap,
          ),
          y: row2023,
          text: labels.actual,
        }
      : null
  return {
    width,
    height,
    plot,
    rows,
    ticks: model.ticks.map((t) => ({ x: x(t), text: formatTick(t) })),
    zone: model.zone && {
      x: x(model.zone.from),
      y: plot.top + band,
      width: x(model.zone.to) - x(model.zone.from),
      height: band,
    },
    outcome,
    outcomeLabel: { x: outcome.x + outcome.width + BULLET.labelGap, y: row2022, text: labels.outcome },
    actual,
    actualLabel,
    marker,
    // Above the diamond, kept inside the drawing so a target near either end is not cut off.
    markerLabel: {
      x: clamp(marker.x, markerWidth / 2, width - markerWidth / 2),
      y: marker.y - MARKER_HALF - 9,
      text: labels.target,
    },
  }
}
