import { barRect, type PlacedText, type Rect } from './bullet-layout'
import { estimateWidth } from './export/text-layout'
import { niceScale, FINER_STEPS } from './nice-scale'

// Where every mark of the growth comparison sits at a given width: pure geometry, so the screen and the export (a
// copy of the screen's SVG) draw the same picture and tests check it without a browser. The sizes are those the
// recharts version of this chart had, so the picture is the same.

export const GROWTH = {
  rowHeight: 64,
  margin: { top: 4, right: 76, bottom: 4, left: 4 },
  categoryWidth: 96,
  xAxisHeight: 30,
  bar: 16,
  barGap: 3,
  tickSize: 6,
  labelGap: 5,
  /** Least room between two tick labels; a tick whose label would come closer is left out */
  tickGap: 5,
  fontSize: { tick: 11, label: 12 },
} as const

export type GrowthValues = {
  name: string
  outcome: number
  target: number
  /** The figures as the report writes them, e.g. 7.5%左右 */
  outcomeLabel: string
  targetLabel: string
}

export type GrowthLayout = {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  /** x of the zero line */
  zero: number
  ticks: { x: number; text: string }[]
  /** One per indicator, top down: its centre line, the 2022 bar above the 2023 bar, each labelled past its end */
  rows: {
    name: string
    y: number
    outcome: Rect
    target: Rect
    outcomeLabel: PlacedText
    targetLabel: PlacedText
  }[]
}

export const growthHeight = (rows: number) => rows * GROWTH.rowHeight + 40

// Ticks from the right end leftwards, each kept only if its label clears the last kept one (a narrow phone).
function legibleTicks(ticks: { x: number; text: string }[]) {
  const kept: typeof ticks = []
  let limit = Infinity
  for (const t of [...ticks].reverse()) {
    const half = estimateWidth(t.text, GROWTH.fontSize.tick) / 2
    if (t.x + half + GROWTH.tickGap > limit) continue
    kept.unshift(t)
    limit = t.x - half
  }
  return kept
}

export function growthLayout(
  values: GrowthValues[],
  width: number,
  formatTick: (v: number) => string,
): GrowthLayout {
  const { margin, categoryWidth, bar, barGap, labelGap } = GROWTH
  const height = growthHeight(values.length)
  const plot = {
    left: margin.left + categoryWidth,
    right: Math.max(margin.left + categoryWidth + 1, width - margin.right),
    top: margin.top,
    bottom: height - margin.bottom - GROWTH.xAxisHeight,
  }
  const figures = values.flatMap((v) => [v.outcome, v.target])
  // Zero always in view, as the bars grow from it; about five ticks, as recharts drew them.
  const { domain, ticks } = niceScale(Math.min(0, ...figures), Math.max(0, ...figures), 4, FINER_STEPS)
  const [d0, d1] = domain
  const x = (v: number) => plot.left + ((v - d0) / (d1 - d0 || 1)) * (plot.right - plot.left)
  const zero = x(0)
  const band = (plot.bottom - plot.top) / Math.max(1, values.length)
  // A label sits past the bar's end; a falling figure's bar points left, its label right of zero, clear of the names.
  const label = (r: Rect, value: number, text: string): PlacedText => ({
    x: (value < 0 ? zero : r.x + r.width) + labelGap,
    y: r.y + r.height / 2,
    text,
  })
  return {
    width,
    height,
    plot,
    zero,
    ticks: legibleTicks(ticks.map((t) => ({ x: x(t), text: formatTick(t) }))),
    rows: values.map((v, i) => {
      const y = plot.top + band * (i + 0.5)
      // The pair's offset in its band rounded to whole pixels, as recharts placed it: the bars keep crisp edges.
      const top = plot.top + band * i + Math.round((band - 2 * bar - barGap) / 2)
      const outcome = barRect(x, v.outcome, top + bar / 2, bar)
      const target = barRect(x, v.target, top + bar + barGap + bar / 2, bar)
      return {
        name: v.name,
        y,
        outcome,
        target,
        outcomeLabel: label(outcome, v.outcome, v.outcomeLabel),
        targetLabel: label(target, v.target, v.targetLabel),
      }
    }),
  }
}
