import { isCumulative } from '@/monitoring/status'
import type { Indicator } from '@/data/dataset/schema'
import { formatPeriod } from '@/monitoring/period'

// Where the entry form starts: defaults that are right most of the time, and none where a wrong one misleads.

/**
 * 截至月份: 本期, except the calendar's fallback 1—12月 (2023 is over) when nothing has been recorded yet: a first
 * record is rarely the full-year figure, and a 1—12月 figure decides 已完成/未完成. '' asks the official to choose.
 */
export function defaultAsOf(month: number, context: { periodChosen: boolean; hasEntries: boolean }): string {
  if (month === 12 && !context.periodChosen && !context.hasEntries) return ''
  return formatPeriod(month)
}

/**
 * 口径: none where 正式 decides the status (a running total at any month, any figure at 1—12月), so a wrong
 * default can never mark an item 已完成 or 未完成; elsewhere 预计, which only compares against the schedule.
 */
export function defaultBasis(target: Pick<Indicator, 'measure' | 'value'>, asOf: string): '' | 'provisional' {
  const decides = (isCumulative(target.measure) && target.value !== 0) || asOf.endsWith('-12')
  return decides ? '' : 'provisional'
}
