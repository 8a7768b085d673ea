import { useId } from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  ReferenceArea,
  ReferenceDot,
  XAxis,
  YAxis,
} from 'recharts'
import type { Pair } from '@/data/select/select-pairs'
import { formatFigure, formatNumber } from '@/lib/format'
import { bulletModel, type Actual } from './bullet-model'
import { ChartFrame } from './chart-frame'
import { ink, series } from './palette'
import { Diamond, haloText, Hatch, svgId } from './svg-parts'

export type BulletChartProps = {
  pair: Pair
  /** Sector short name, for exported file names */
  sector?: string
  /** The in-year actual, fed by monitoring; the 2023 row stays empty (待监测) without it */
  actual?: Actual
}

const ROW_2022 = '2022年'
const ROW_2023 = '2023年'

// Progress versus goal: 2022 as a bar, the 2023 target as a diamond, its 以上/以内/左右 as a zone, the actual as a bar.
export function BulletChart({ pair, sector, actual }: BulletChartProps) {
  const { outcome, target } = pair
  const model = bulletModel(pair, actual)
  const zoneFill = svgId(useId(), 'zone')
  const data = [
    { row: ROW_2022, outcome: outcome.value, label: formatFigure(outcome) },
    {
      row: ROW_2023,
      actual: actual?.value,
      actualLabel: actual ? formatNumber(actual.value) + target.unit : '',
    },
  ]
  return (
    <ChartFrame
      id={`bullet-${target.id}`}
      title={target.name}
      subtitle={[`单位：${target.unit}`, target.pairNote].filter(Boolean).join(' · ')}
      {...(sector ? { sector } : {})}
      footnote={
        actual
          ? `2023年实际${actual.asOf ? `截至${actual.asOf}` : ''}${actual.status ? ` · 状态：${actual.status}` : ''}`
          : '2023年实际待监测录入'
      }
      unit={target.unit}
      table={model.table}
      legend={model.legend}
    >
      {(width) => (
        <ComposedChart
          layout="vertical"
          data={data}
          width={width}
          height={150}
          margin={{ top: 18, right: 72, bottom: 0, left: 4 }}
          accessibilityLayer={false}
        >
          <defs>
            <Hatch id={zoneFill} color={series.goalZone.color} background="#eef7fd" />
          </defs>
          <CartesianGrid horizontal={false} stroke={ink.grid} />
          <XAxis
            type="number"
            domain={model.domain}
            ticks={model.ticks}
            tickFormatter={formatNumber}
            tick={{ fontSize: 11, fill: ink.muted }}
            allowDataOverflow
          />
          <YAxis type="category" dataKey="row" width={46} tick={{ fontSize: 12, fill: ink.text }} />
          {model.zone && (
            <ReferenceArea
              y1={ROW_2023}
              y2={ROW_2023}
              x1={model.zone.from}
              x2={model.zone.to}
              fill={`url(#${zoneFill})`}
              fillOpacity={0.6}
              stroke={series.goalZone.color}
              ifOverflow="hidden"
            />
          )}
          <Bar
            dataKey="outcome"
            stackId="v"
            fill={series.outcome2022.color}
            barSize={16}
            isAnimationActive={false}
          >
            <LabelList dataKey="label" position="right" {...haloText} />
          </Bar>
          <Bar
            dataKey="actual"
            stackId="v"
            fill={series.actual2023.color}
            barSize={8}
            isAnimationActive={false}
          >
            <LabelList dataKey="actualLabel" position="right" fill={ink.text} fontSize={12} />
          </Bar>
          <ReferenceDot
            x={target.value}
            y={ROW_2023}
            ifOverflow="visible"
            shape={(p: { cx?: number; cy?: number }) => <Diamond {...p} color={series.target2023.color} />}
            label={{
              value: `目标 ${formatFigure(target)}`,
              position: 'top',
              offset: 10,
              ...haloText,
            }}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  )
}
