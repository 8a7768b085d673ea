import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts'
import { pointsDifference, type Pair } from '@/data/select/select-pairs'
import { formatFigure, formatNumber, formatSigned } from '@/lib/format'
import { ChartFrame } from './chart-frame'
import { ink, series } from './palette'
import { Hatch, svgId, WrappedTick } from './svg-parts'

// Beside the category axis and the label margin, each gap between the ~5 ticks has room for any label ("-12.5%")
// with space to spare: every tick shows, as recharts' overlap check finds there. That check measures each label in
// the DOM, for the axis and again for the grid (a third of the chart's first draw); it still runs on narrow screens.
const MARGIN = { top: 4, right: 76, bottom: 4, left: 4 }
const CATEGORY_WIDTH = 96
const PLOT_INSET = MARGIN.left + CATEGORY_WIDTH + MARGIN.right
const roomForEveryTick = (width: number) => (width - PLOT_INSET) / 5 >= 60

// 2022 achieved growth next to 2023 target growth, one pair of bars per growth-rate indicator.
export function GrowthCompareChart({ pairs: given }: { pairs: Pair[] }) {
  const hatch = svgId(useId(), 'target')
  // The 主要预期目标 lead, in report order; the other growth targets follow.
  const pairs = [...given].sort((a, b) => Number(!!b.target.headline) - Number(!!a.target.headline))
  // Where the two years measure different things, the reader is told under the chart.
  const notes = pairs.filter((p) => p.target.pairNote).map((p) => `${p.target.name}：${p.target.pairNote}`)
  const data = pairs.map(({ outcome, target }) => ({
    name: target.name,
    outcome: outcome.value,
    target: target.value,
    outcomeLabel: formatFigure(outcome),
    targetLabel: formatFigure(target),
  }))
  const rows = pairs.map((p) => {
    const points = pointsDifference(p)
    return {
      name: p.target.name,
      outcome: p.outcome.value,
      target: p.target.value,
      figure: formatFigure(p.target),
      points: points === null ? null : formatSigned(points),
    }
  })
  return (
    <ChartFrame
      id="overview-growth"
      title="2022年实际增速与2023年目标增速"
      subtitle="单位：%"
      unit="%"
      {...(notes.length > 0 && { footnote: notes.join('；') })}
      table={{
        columns: [
          { key: 'name', label: '指标' },
          { key: 'outcome', label: '2022年完成（%）' },
          { key: 'target', label: '2023年目标（%）' },
          { key: 'figure', label: '目标写法' },
          { key: 'points', label: '目标比2022年（百分点）' },
        ],
        rows,
      }}
      legend={[
        { ...series.outcome2022, label: `${series.outcome2022.label}（实心条）` },
        { ...series.target2023, shape: 'bar', label: `${series.target2023.label}（斜纹条）` },
      ]}
    >
      {(width) => (
        <BarChart
          layout="vertical"
          data={data}
          width={width}
          height={data.length * 64 + 40}
          margin={MARGIN}
          barGap={3}
          accessibilityLayer={false}
        >
          <defs>
            <Hatch id={hatch} color={series.target2023.color} />
          </defs>
          <CartesianGrid horizontal={false} stroke={ink.grid} />
          <XAxis
            type="number"
            interval={roomForEveryTick(width) ? 0 : 'preserveEnd'}
            tickFormatter={(v: number) => `${formatNumber(v)}%`}
            tick={{ fontSize: 11, fill: ink.muted }}
          />
          <YAxis type="category" dataKey="name" width={CATEGORY_WIDTH} tick={<WrappedTick />} interval={0} />
          <ReferenceLine x={0} stroke={ink.muted} />
          <Bar dataKey="outcome" fill={series.outcome2022.color} barSize={16} isAnimationActive={false}>
            <LabelList dataKey="outcomeLabel" position="right" fill={ink.text} fontSize={12} />
          </Bar>
          <Bar
            dataKey="target"
            fill={`url(#${hatch})`}
            stroke={series.target2023.color}
            barSize={16}
            isAnimationActive={false}
          >
            <LabelList dataKey="targetLabel" position="right" fill={ink.text} fontSize={12} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  )
}
