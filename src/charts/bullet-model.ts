import type { Pair } from '@/data/select/select-pairs'
import { bandOf } from '@/monitoring/status'
import { formatFigure, formatNumber } from '@/lib/format'
import type { LegendItem, TableColumn, TableRow } from './chart-types'
import { niceScale } from './nice-scale'
import { series } from './palette'

// Everything a bullet chart shows, computed without recharts so the rules are testable and the table is exact.
/** The latest recorded value; asOf and status are words for the footnote, e.g. "6月（预计）" and "欠进度" */
export type Actual = { value: number; asOf?: string; status?: string }
export type Zone = { from: number; to: number; kind: 'band' | 'floor' | 'ceiling' }

export type BulletModel = {
  domain: [number, number]
  ticks: number[]
  zone: Zone | null
  table: { columns: TableColumn[]; rows: TableRow[] }
  legend: LegendItem[]
}

const zoneLabel: Record<Zone['kind'], string> = {
  band: '目标区间（左右）',
  floor: '达标区（目标及以上）',
  ceiling: '达标区（不超过目标）',
}

export function bulletModel({ outcome, target }: Pair, actual?: Actual): BulletModel {
  const v = target.value
  // The same 左右 band the status rule judges by, so the chart and the badge never disagree.
  const half = target.comparator === 'about' ? bandOf(target) : 0
  const values = [outcome.value, v + half, v - half, ...(actual ? [actual.value] : [])]
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const pad = (hi - lo || 1) * 0.08
  const { domain, ticks } = niceScale(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0, 4)
  const zone: Zone | null =
    target.comparator === 'about'
      ? { from: v - half, to: v + half, kind: 'band' }
      : target.comparator === 'at_least'
        ? { from: v, to: domain[1], kind: 'floor' }
        : target.comparator === 'at_most'
          ? { from: domain[0], to: v, kind: 'ceiling' }
          : null
  const zoneText =
    zone &&
    (zone.kind === 'band'
      ? `${formatNumber(zone.from)}–${formatNumber(zone.to)}${target.unit}`
      : `${zone.kind === 'floor' ? '≥' : '≤'}${formatNumber(v)}${target.unit}`)
  const rows: TableRow[] = [
    { series: series.outcome2022.label, value: outcome.value, figure: formatFigure(outcome) },
    { series: series.target2023.label, value: v, figure: formatFigure(target) },
    ...(zone ? [{ series: zoneLabel[zone.kind], value: null, figure: zoneText }] : []),
    {
      series: series.actual2023.label,
      value: actual?.value ?? null,
      figure: actual ? `${formatNumber(actual.value)}${target.unit}` : '待监测',
    },
  ]
  return {
    domain,
    ticks,
    zone,
    table: {
      columns: [
        { key: 'series', label: '项目' },
        { key: 'value', label: `数值（${target.unit}）` },
        { key: 'figure', label: '报告写法' },
      ],
      rows,
    },
    legend: [
      { ...series.outcome2022, label: `${series.outcome2022.label}（实心条）` },
      { ...series.target2023, label: `${series.target2023.label}（◆）` },
      ...(zone ? [{ ...series.goalZone, label: zoneLabel[zone.kind] }] : []),
      ...(actual ? [{ ...series.actual2023, label: `${series.actual2023.label}（细条）` }] : []),
    ],
  }
}
