import {
  dueMonth,
  duePeriod,
  formatPeriod,
  itemFrequency,
  periodMonth,
  parsePeriod,
  reportingState,
  type Frequency,
  type Period,
  type ReportingState,
} from './period'
import { formatDay } from '@/lib/format'
import type { Assignment } from './responsibility'
import type { StatusResult } from './status'

// 催报: who owes which figure at 本期, from the assignments and the records, by each item's own frequency.

export type UnitRole = 'lead' | 'partner'
type Recorded = { targetId: string; asOf: string; recordedAt: string }
type Named = { id: string; name: string }

/** The items a unit answers for, as 牵头单位 or 配合单位, in the order of `items` */
export function itemsOfUnit<T extends Named>(
  items: readonly T[],
  assignments: readonly Assignment[],
  unit: string,
): (T & { role: UnitRole })[] {
  const byItem = new Map(assignments.map((a) => [a.itemId, a]))
  return items.flatMap((item): (T & { role: UnitRole })[] => {
    const a = byItem.get(item.id)
    if (a?.leadUnit === unit) return [{ ...item, role: 'lead' }]
    if (a?.partnerUnits.includes(unit)) return [{ ...item, role: 'partner' }]
    return []
  })
}

/** The period an item reports at 本期: the one due under its frequency, or 本期 itself before any is due */
export function reportPeriod(period: Period, frequency: Frequency): Period {
  return duePeriod(period, frequency) ?? period
}

export type OwedItem = Named & { due: Period; state: ReportingState }
/** A 牵头单位 with the items it has not reported (or reported late) at 本期 */
export type OwingUnit = { unit: string; items: OwedItem[] }
export type Chase = {
  /** 未报送, by 牵头单位 in name order */
  missing: OwingUnit[]
  /** 逾期报送, by 牵头单位 */
  late: OwingUnit[]
  /** 未报送 items that have no 牵头单位 yet: nobody can be chased for them */
  unassigned: OwedItem[]
}

/**
 * 未报送 and 逾期报送 at 本期. 未报送 is the status rule's (status.ts), so the 催报 list, the 通报's 本期应报未报 and
 * every status count agree; 逾期报送 is an item whose record for the period due came in after the 报送截止日. The
 * 牵头单位 answers for the report (配合单位 feed it), so each owed item is listed once, under its lead unit.
 */
export function chaseAt(
  items: readonly Named[],
  statuses: ReadonlyMap<string, Pick<StatusResult, 'status'>>,
  assignments: readonly Assignment[],
  records: readonly Recorded[],
  period: Period,
  dueDay: number,
): Chase {
  const byItem = new Map(assignments.map((a) => [a.itemId, a]))
  const recordsOf = new Map<string, Recorded[]>()
  for (const r of records) recordsOf.set(r.targetId, [...(recordsOf.get(r.targetId) ?? []), r])
  const missing = new Map<string, OwedItem[]>()
  const late = new Map<string, OwedItem[]>()
  const unassigned: OwedItem[] = []
  for (const item of items) {
    const a = byItem.get(item.id)
    const frequency = itemFrequency(item.id, a?.frequency)
    // Not 未报送 by the status rule (reported, not yet due, or settled as 已完成/未完成): only 逾期报送 is left to say.
    const unreported = statuses.get(item.id)?.status === 'unreported'
    if (!unreported && reportingState(recordsOf.get(item.id) ?? [], period, frequency, dueDay) !== 'late')
      continue
    const state: ReportingState = unreported ? 'missing' : 'late'
    const owed: OwedItem = { id: item.id, name: item.name, due: reportPeriod(period, frequency), state }
    if (!a?.leadUnit) {
      if (state === 'missing') unassigned.push(owed)
      continue
    }
    const list = state === 'missing' ? missing : late
    list.set(a.leadUnit, [...(list.get(a.leadUnit) ?? []), owed])
  }
  const sorted = (m: Map<string, OwedItem[]>) =>
    [...m]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([unit, owedItems]) => ({ unit, items: owedItems }))
  return { missing: sorted(missing), late: sorted(late), unassigned }
}

/** 已报 / 未报送 / 逾期报送 for every period an item's frequency made due, from January up to 本期 */
export function reportingHistory(
  records: readonly Omit<Recorded, 'targetId'>[],
  period: Period,
  frequency: Frequency,
  dueDay: number,
): { period: Period; state: ReportingState }[] {
  const dues = new Set<number>()
  for (let m = 1; m <= periodMonth(period); m++) {
    const due = dueMonth(m, frequency)
    if (due) dues.add(due)
  }
  return [...dues].map((m) => ({
    period: formatPeriod(m),
    state: reportingState(records, formatPeriod(m), frequency, dueDay),
  }))
}

/** '2023-09' and day 25 → '2023年9月25日': the 报送截止日 of a period */
export function dueDateText(period: Period, dueDay: number): string {
  const p = parsePeriod(period)
  return p ? `${p.year}年${p.month}月${dueDay}日` : ''
}

/** "1—9月" for a period of 2023 */
const span = (period: Period) => {
  const month = parsePeriod(period)?.month ?? 12
  return month === 1 ? '1月' : `1—${month}月`
}

/**
 * The 催报通知 for a work group, in plain text: each 单位 with its 事项 and the period due, and the 截止日.
 * `today` is the date the office sends it, written in the sign-off.
 */
export function chaseMessage(
  units: readonly OwingUnit[],
  period: Period,
  dueDay: number,
  options: { issuer: string; today: Date },
): string {
  const p = parsePeriod(period) ?? { year: 2023, month: 12 }
  const due = dueDateText(period, dueDay)
  const lines = units.map((u, i) => {
    const items = u.items.map((item) => `${item.name}（${span(item.due)}）`).join('、')
    return `${i + 1}. ${u.unit}：${items}`
  })
  const today = formatDay(options.today)
  return [
    '【催报通知】',
    '各有关单位：',
    `2023年政府工作报告目标任务${p.month}月进展情况报送截止日为${due}。截至目前，以下单位尚有事项未报送：`,
    ...lines,
    `请以上单位在收到通知后立即填报“数值（或任务状态）、进展情况、存在问题、下一步措施”，经单位主要负责人审核后报送。逾期未报的，将在通报中点名。`,
    options.issuer,
    today,
  ].join('\n')
}
