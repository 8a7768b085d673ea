import { pointsDifference, type Pair } from '@/data/select/select-pairs'
import { formatFigure, formatNumber, formatSigned } from '@/lib/format'
import { ChartFrame } from './chart-frame'
import { growthLayout } from './growth-layout'
import { GrowthSvg } from './growth-svg'
import { series } from './palette'

const tick = (v: number) => `${formatNumber(v)}%`

// 2022 achieved growth next to 2023 target growth, one pair of bars per growth-rate indicator.
export function GrowthCompareChart({ pairs: given }: { pairs: Pair[] }) {
  // The 主要预期目标 lead, in report order; the other growth targets follow.
  const pairs = [...given].sort((a, b) => Number(!!b.target.headline) - Number(!!a.target.headline))
  // Where the two years measure different things, the reader is told under the chart.
  const notes = pairs.filter((p) => p.target.pairNote).map((p) => `${p.target.name}：${p.target.pairNote}`)
  const values = pairs.map(({ outcome, target }) => ({
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
      {(width) => <GrowthSvg layout={growthLayout(values, width, tick)} />}
    </ChartFrame>
  )
}
