import { formatNumber } from '@/lib/format'
import type { SubItem, SubItemRecord } from './responsibility'

// A split item's progress is its sub-items' progress: values add up, a task is done only when every part is.

export type RollUp = {
  /** Sub-items with a record up to the month, of all */
  reported: number
  total: number
  /** The oldest of the sub-items' latest months: the roll-up is only as current as its stalest part */
  asOf?: string
  /** Cumulative items: the sum of the sub-items' latest values */
  value?: number
  /** Cumulative items: the sum of the sub-items' shares, when every one has a share */
  shares?: number
  /** Tasks: 已完成 when all sub-items are, 推进中 when any has started, else 未开始 */
  taskStatus?: 'not_started' | 'in_progress' | 'done'
}

/** The record in force at month (1–12): the latest as-of month, the last written of a month */
export function latestRecord(records: readonly SubItemRecord[], month: number): SubItemRecord | undefined {
  let best: SubItemRecord | undefined
  for (const r of records) {
    if (Number(r.asOf.slice(5, 7)) > month || !r.asOf.startsWith('2023-')) continue
    if (!best || r.asOf >= best.asOf) best = r
  }
  return best
}

/** Rolls the sub-items up to month (1–12); `kind` says whether the parent is a cumulative target or a task */
export function rollUp(subItems: readonly SubItem[], month: number, kind: 'cumulative' | 'task'): RollUp {
  const total = subItems.length
  const latest = subItems.map((s) =>
    latestRecord(
      s.records.filter((r) => (kind === 'task' ? r.taskStatus !== undefined : r.value !== undefined)),
      month,
    ),
  )
  const found = latest.filter((r) => r !== undefined)
  const result: RollUp = { reported: found.length, total }
  if (found.length === 0) return result
  result.asOf = found.map((r) => r.asOf).reduce((a, b) => (b < a ? b : a))
  if (kind === 'cumulative') {
    result.value = found.reduce((sum, r) => sum + (r.value ?? 0), 0)
    if (subItems.every((s) => s.share !== undefined))
      result.shares = subItems.reduce((sum, s) => sum + (s.share ?? 0), 0)
    return result
  }
  const states = latest.map((r) => r?.taskStatus ?? 'not_started')
  result.taskStatus = states.every((s) => s === 'done')
    ? 'done'
    : states.some((s) => s !== 'not_started')
      ? 'in_progress'
      : 'not_started'
  return result
}

/** The roll-up in words for an item: 子项汇总 as a value with its unit, or a task state, with how many reported */
export function describeRollUp(roll: RollUp, unit: string, words: RollUpWords): string {
  if (roll.reported === 0) return words.none
  if (roll.taskStatus) return words.task(words.taskStatus[roll.taskStatus], roll.reported, roll.total)
  return words.value(
    `${formatNumber(roll.value ?? 0)}${unit}`,
    roll.reported,
    roll.total,
    words.period(Number((roll.asOf ?? '2023-12').slice(5))),
  )
}

export type RollUpWords = {
  none: string
  taskStatus: Record<NonNullable<RollUp['taskStatus']>, string>
  task: (state: string, reported: number, total: number) => string
  value: (value: string, reported: number, total: number, period: string) => string
  period: (month: number) => string
}
