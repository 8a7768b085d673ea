import { memo } from 'react'
import type { Pair } from '@/data/select/select-pairs'
import { targetBelowOutcomeNote } from '@/data/select/target-below-outcome'
import { formatFigure, formatNumber } from '@/lib/format'
import { bulletLayout } from './bullet-layout'
import { bulletModel, type Actual } from './bullet-model'
import { BulletSvg } from './bullet-svg'
import { ChartFrame } from './chart-frame'

export type BulletChartProps = {
  pair: Pair
  /** Sector short name, for exported file names */
  sector?: string
  /** The in-year actual, fed by monitoring; the 2023 row stays empty (待监测) without it */
  actual?: Actual
}

// Progress versus goal: 2022 as a bar, the 2023 target as a diamond, its 以上/以内/左右 as a zone, the actual as a bar.
// Memoised on its values, so a filter that leaves an item's figures alone does not redraw its chart.
export const BulletChart = memo(function BulletChart({ pair, sector, actual }: BulletChartProps) {
  const { outcome, target } = pair
  const model = bulletModel(pair, actual)
  const labels = {
    outcome: formatFigure(outcome),
    target: `目标 ${formatFigure(target)}`,
    actual: actual ? formatNumber(actual.value) + target.unit : undefined,
  }
  const values = { outcome: outcome.value, target: target.value, actual: actual?.value }
  return (
    <ChartFrame
      id={`bullet-${target.id}`}
      title={target.name}
      subtitle={[`单位：${target.unit}`, target.pairNote, targetBelowOutcomeNote(outcome, target)]
        .filter(Boolean)
        .join(' · ')}
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
      {(width) => <BulletSvg layout={bulletLayout(model, values, labels, width, formatNumber)} />}
    </ChartFrame>
  )
}, sameChart)

// Props arrive as fresh objects on every parent render (actualOf builds one): compare what is drawn.
function sameChart(a: BulletChartProps, b: BulletChartProps): boolean {
  const x = a.actual
  const y = b.actual
  return (
    a.pair.outcome === b.pair.outcome &&
    a.pair.target === b.pair.target &&
    a.sector === b.sector &&
    (x === y ||
      (!!x &&
        !!y &&
        x.value === y.value &&
        x.asOf === y.asOf &&
        x.status === y.status &&
        x.credit === y.credit))
  )
}
