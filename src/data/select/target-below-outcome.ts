import type { Indicator } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
import { formatFigure } from '@/lib/format'

// A 2023 target set below the 2022 outcome (新建高标准农田 8.24万亩 → 4.6万亩) is the report's plan, not a
// shortfall: the chart and the table say so in words, since a short target bar reads like one.

type Figure = Pick<Indicator, 'value' | 'unit' | 'measure' | 'direction' | 'written' | 'qualifier'>

export function isTargetBelowOutcome(outcome?: Figure, target?: Figure): boolean {
  if (!outcome || !target) return false
  if (target.direction === 'lower_is_better') return false
  return target.unit === outcome.unit && target.measure === outcome.measure && target.value < outcome.value
}

/** "2023年目标4.6万亩低于2022年完成的8.24万亩：这是年度目标安排，不是完成不足", or undefined */
export function targetBelowOutcomeNote(outcome?: Figure, target?: Figure): string | undefined {
  if (!outcome || !target || !isTargetBelowOutcome(outcome, target)) return undefined
  return zh.targetBelowOutcome(formatFigure(target), formatFigure(outcome))
}
