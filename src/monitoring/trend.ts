import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { monthOf } from './period'
import type { NodeTarget } from './responsibility'
import { bandOf, goalOf, isCumulative } from './status'

// 进度走势: an item's figures month by month against 序时进度 (or its node targets) and the year target.

export type TrendRow = {
  month: number
  label: string
  /** The figure in force that month (the last recorded), either basis */
  value: number | null
  final: number | null
  provisional: number | null
  /** Cumulative: the 序时进度 (or node) amount due by that month; rates: the target */
  expected: number
  /** Rates with 左右: the band's edges */
  low?: number
  high?: number
}

export type Trend = { cumulative: boolean; target: number; rows: TrendRow[]; points: number }

/** Twelve months of an indicator: its entries (the last recorded per month), the schedule or band, the target */
export function trendOf(
  indicator: Indicator,
  entries: readonly ProgressEntry[],
  nodes: readonly NodeTarget[] = [],
): Trend {
  const byMonth = new Map<number, { value: number; basis: 'provisional' | 'final'; at: string }>()
  for (const e of entries) {
    if (e.type !== 'value' || e.targetId !== indicator.id) continue
    const m = monthOf(e.asOf)
    const before = byMonth.get(m)
    if (!before || e.recordedAt > before.at)
      byMonth.set(m, { value: e.value, basis: e.basis, at: e.recordedAt })
  }
  const cumulative = isCumulative(indicator.measure) && indicator.value !== 0
  const nodeAt = new Map(
    nodes.flatMap((n) => (n.value === undefined ? [] : [[monthOf(n.period), n.value] as const])),
  )
  const band = bandOf(indicator)
  const about = goalOf(indicator.comparator, indicator.direction).startsWith('band')
  const rows = Array.from({ length: 12 }, (_, i): TrendRow => {
    const month = i + 1
    const e = byMonth.get(month)
    const expected = cumulative
      ? (nodeAt.get(month) ?? Math.round(((indicator.value * month) / 12) * 100) / 100)
      : indicator.value
    const row: TrendRow = {
      month,
      label: `${month}月`,
      value: e?.value ?? null,
      final: e?.basis === 'final' ? e.value : null,
      provisional: e?.basis === 'provisional' ? e.value : null,
      expected,
    }
    if (!cumulative && about && band > 0)
      Object.assign(row, { low: indicator.value - band, high: indicator.value + band })
    return row
  })
  return { cumulative, target: indicator.value, rows, points: byMonth.size }
}
