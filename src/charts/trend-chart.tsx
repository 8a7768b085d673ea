import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts'
import type { Indicator } from '@/data/dataset/schema'
import { formatNumber } from '@/lib/format'
import type { Trend } from '@/monitoring/trend'
import { ChartFrame } from './chart-frame'
import { niceScale } from './nice-scale'
import { ink, okabeIto, series } from './palette'

const actual = series.actual2023.color
type DotProps = { cx?: number; cy?: number; value?: unknown; index?: number }

// Only months with a figure get a mark: a filled circle for 正式, a hollow diamond for 预计 (shape, not colour alone).
function finalDot({ cx, cy, value, index }: DotProps) {
  if (value === null || value === undefined || cx === undefined || cy === undefined) return <g key={index} />
  return <circle key={index} className="trend-point" data-basis="final" cx={cx} cy={cy} r={5} fill={actual} />
}
function provisionalDot({ cx, cy, value, index }: DotProps) {
  if (value === null || value === undefined || cx === undefined || cy === undefined) return <g key={index} />
  return (
    <path
      key={index}
      className="trend-point"
      data-basis="provisional"
      d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`}
      fill="#ffffff"
      stroke={okabeIto.orange}
      strokeWidth={2}
    />
  )
}

/**
 * Round ends and even steps (5.5, 6, 6.5 … not 5.6, 6.3, 7): cumulative from 0 up to the target. A 左右 band gets
 * half its width of room above and below, so it reads as a band and not as the whole plot shaded.
 */
export function yScale(trend: Trend) {
  const values = trend.rows
    .flatMap((r) => {
      const half = r.low !== undefined && r.high !== undefined ? (r.high - r.low) / 2 : undefined
      const band = half === undefined ? [] : [r.low! - half, r.high! + half]
      return [r.final, r.provisional, r.expected, ...band]
    })
    .filter((v): v is number => typeof v === 'number')
  if (trend.cumulative) values.push(0, trend.target)
  return niceScale(Math.min(...values), Math.max(...values))
}

const fmt = (v: number | null) => (v === null ? null : formatNumber(v))

// 进度走势: each month's figure (正式 filled dots, 预计 hollow diamonds) against 序时进度 or the target and its 左右 band.
export function TrendChart({ indicator, trend }: { indicator: Indicator; trend: Trend }) {
  const unit = indicator.measure === 'change_pp' ? '个百分点' : indicator.unit
  const expectedLabel = trend.cumulative ? '序时进度（或节点目标）' : '2023年目标'
  const band = trend.rows[0]?.low !== undefined
  const data = trend.rows.map((r) => ({ ...r, band: band ? [r.low, r.high] : undefined }))
  const y = yScale(trend)
  return (
    <ChartFrame
      id={`trend-${indicator.id}`}
      title={`进度走势：${indicator.name}`}
      subtitle={`单位：${unit}${trend.cumulative ? ' · 1月起累计' : ''}`}
      unit={unit}
      table={{
        columns: [
          { key: 'label', label: '月份' },
          { key: 'final', label: `正式（${unit}）` },
          { key: 'provisional', label: `预计（${unit}）` },
          { key: 'expected', label: `${expectedLabel}（${unit}）` },
        ],
        rows: trend.rows.map((r) => ({
          label: r.label,
          final: fmt(r.final),
          provisional: fmt(r.provisional),
          expected: formatNumber(r.expected),
        })),
      }}
      legend={[
        { label: '实际（正式，实心圆点）', color: actual, shape: 'dot' },
        { label: '实际（预计，空心菱形）', color: okabeIto.orange, shape: 'hollow' },
        { label: expectedLabel, color: ink.muted, shape: 'line' },
        ...(trend.cumulative
          ? [{ label: '全年目标', color: series.target2023.color, shape: 'line' as const }]
          : []),
        ...(band ? [{ ...series.goalZone, label: '左右区间（±0.5个百分点）' }] : []),
      ]}
    >
      {(width) => (
        <ComposedChart
          data={data}
          width={width}
          height={260}
          margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={ink.grid} />
          {/* Every month where there is room; on a phone every other one, evenly (1月, 3月 …), never overlapping */}
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11, fill: ink.muted }}
            interval="equidistantPreserveStart"
          />
          <YAxis
            width="auto"
            tickFormatter={(v: number) => formatNumber(v)}
            tick={{ fontSize: 11, fill: ink.muted }}
            domain={y.domain}
            ticks={y.ticks}
          />
          {band && (
            <Area
              dataKey="band"
              fill={series.goalZone.color}
              fillOpacity={0.25}
              stroke="none"
              activeDot={false}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="expected"
            stroke={ink.muted}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          {trend.cumulative && (
            <ReferenceLine
              y={trend.target}
              stroke={series.target2023.color}
              strokeWidth={1.5}
              ifOverflow="extendDomain"
            />
          )}
          <Line
            dataKey="value"
            stroke={actual}
            strokeWidth={2}
            connectNulls
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line dataKey="final" stroke="none" dot={finalDot} activeDot={false} isAnimationActive={false} />
          <Line
            dataKey="provisional"
            stroke="none"
            dot={provisionalDot}
            activeDot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  )
}
