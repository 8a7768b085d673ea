import type {
  Comparator,
  Indicator,
  Measure,
  ProgressEntry,
  TaskEntry,
  ValueEntry,
} from '@/data/dataset/schema'
import { entryIndex } from './entry-index'
import { dueMonth, itemFrequency, missedPeriods, monthOf, type Frequency } from './period'
import type { Assignment } from './responsibility'

/**
 * Every status an item can have, in the order of the status rule; ?status= takes these values. `no_data` (shown as
 * 未到报送期) is an item without any record while no period has fallen due yet under its frequency; once one has,
 * an item without a record for it is `unreported` (未报送).
 */
export const STATUSES = ['ahead', 'on_track', 'behind', 'done', 'missed', 'no_data', 'unreported'] as const
export type Status = (typeof STATUSES)[number]

// The one status rule (documented in README.md 状态规则 and in the app's 状态规则说明): pure, no dates from the clock.

export const REPORT_YEAR = 2023
/** Default tolerance for cumulative targets, in percentage points of completion */
export const DEFAULT_TOLERANCE_PP = 5
/** 左右 band and 超进度 margin for rate targets, in percentage points (targets are set on a half-point grid) */
export const RATE_BAND_PP = 0.5
/** 左右 band for level and count targets, as a share of the target (45万吨左右 accepts 44.1万吨) */
export const LEVEL_BAND_SHARE = 0.02

export type StatusSettings = {
  /** 本期: the month of 2023, 1–12, being judged; entries after it are ignored */
  month: number
  /** 超进度/欠进度 threshold for cumulative targets, in percentage points of completion */
  tolerancePp: number
  /** 报送频次 set in an assignment, by item id; items without one take the default (period.ts: itemFrequency) */
  frequencies?: ReadonlyMap<string, Frequency>
  /** 节点目标 of cumulative items set in an assignment: item id → month (1–12) → the cumulative value due by then */
  nodes?: ReadonlyMap<string, ReadonlyMap<number, number>>
}

/** The 报送频次 each assignment sets, by item id, for the status rule */
export function frequenciesOf(assignments: readonly Assignment[]): Map<string, Frequency> {
  return new Map(assignments.map((a) => [a.itemId, a.frequency]))
}

/** The value 节点目标 of each assignment, by item id and month, for the status rule (milestones are not figures) */
export function nodeValuesOf(assignments: readonly Assignment[]): Map<string, Map<number, number>> {
  const result = new Map<string, Map<number, number>>()
  for (const a of assignments) {
    const byMonth = new Map<number, number>()
    for (const n of a.nodes)
      if (n.value !== undefined && n.period.startsWith('2023-'))
        byMonth.set(Number(n.period.slice(5)), n.value)
    if (byMonth.size) result.set(a.itemId, byMonth)
  }
  return result
}

export type StatusDetail =
  /** schedule is 序时进度, or the 节点目标 as a share of the target when `node` (the node value) is set */
  | { kind: 'cumulative'; completion: number; schedule: number; node?: number }
  | { kind: 'rate'; value: number; target: number; band: number }
  | { kind: 'task'; taskStatus: TaskEntry['taskStatus'] }

export type StatusResult = {
  status: Status
  /** The entry the status rests on (the latest one up to the evaluation month) */
  entry?: ProgressEntry
  detail?: StatusDetail
  /** Months between the entry and 本期 */
  age?: number
  /** 未报送: how many periods fell due under the item's frequency since the entry */
  missing?: number
}

type Goal = 'floor' | 'ceiling' | 'band_higher' | 'band_lower'
type Pace = 'ahead' | 'on_track' | 'behind'

const EPS = 1e-9

/** 左右 is a band; 以上 a floor; 以内 a ceiling; an exact figure is a floor when higher is better, else a ceiling */
export function goalOf(comparator: Comparator, direction: Indicator['direction']): Goal {
  const higher = direction === 'higher_is_better'
  if (comparator === 'at_least') return 'floor'
  if (comparator === 'at_most') return 'ceiling'
  if (comparator === 'about') return higher ? 'band_higher' : 'band_lower'
  return higher ? 'floor' : 'ceiling'
}

/** Level and count targets accumulate through the year; rates, shares and ranks are read as they stand */
export function isCumulative(measure: Measure): boolean {
  return measure === 'level' || measure === 'count'
}

/** Half-width of the 左右 band in the target's unit */
export function bandOf(target: Pick<Indicator, 'measure' | 'value'>): number {
  if (target.measure === 'rank') return 0
  return isCumulative(target.measure) ? Math.abs(target.value) * LEVEL_BAND_SHARE : RATE_BAND_PP
}

/** Whether a full-year value fulfils the target */
export function meetsTarget(value: number, target: number, goal: Goal, band: number): boolean {
  if (goal === 'floor') return value >= target - EPS
  if (goal === 'ceiling') return value <= target + EPS
  if (goal === 'band_higher') return value >= target - band - EPS
  return value <= target + band + EPS
}

/** A rate read as it stands: inside the band (or between the target and one band beyond it) is 达进度 */
export function paceOfRate(value: number, target: number, goal: Goal, band: number): Pace {
  const [low, high] =
    goal === 'floor'
      ? [target, target + band]
      : goal === 'ceiling'
        ? [target - band, target]
        : [target - band, target + band]
  const lowerIsBetter = goal === 'ceiling' || goal === 'band_lower'
  if (value < low - EPS) return lowerIsBetter ? 'ahead' : 'behind'
  if (value > high + EPS) return lowerIsBetter ? 'behind' : 'ahead'
  return 'on_track'
}

/**
 * A cumulative value against 序时进度: completion (value ÷ target) minus elapsed share, within ± tolerance. A 节点目标
 * for the month, when set, replaces the elapsed share with node ÷ target.
 */
export function paceOfCumulative(
  value: number,
  target: number,
  goal: Goal,
  month: number,
  tolerancePp: number,
  node?: number,
): { pace: Pace; completion: number; schedule: number } {
  const completion = (value / target) * 100
  const schedule = node === undefined ? (Math.min(Math.max(month, 0), 12) / 12) * 100 : (node / target) * 100
  const lead = completion - schedule
  const lowerIsBetter = goal === 'ceiling' || goal === 'band_lower'
  // A cap already exceeded cannot be made good by the calendar.
  if (lowerIsBetter && value > target + EPS) return { pace: 'behind', completion, schedule }
  const pace: Pace =
    lead > tolerancePp + EPS
      ? lowerIsBetter
        ? 'behind'
        : 'ahead'
      : lead < -tolerancePp - EPS
        ? lowerIsBetter
          ? 'ahead'
          : 'behind'
        : 'on_track'
  return { pace, completion, schedule }
}

/** The entry in force at 本期: the latest as-of month, then the latest recorded */
export function latestEntry<E extends ProgressEntry>(entries: readonly E[], month = 12): E | undefined {
  let best: E | undefined
  for (const e of entries) {
    if (monthOf(e.asOf) > month) continue
    if (!best || e.asOf > best.asOf || (e.asOf === best.asOf && e.recordedAt > best.recordedAt)) best = e
  }
  return best
}

/** 已完成 and 未完成 are settled: the 督查室 chases no further report for them (状态规则: 结论不受未报送影响) */
export function isSettled(status: Status): boolean {
  return status === 'done' || status === 'missed'
}

/**
 * An item with no record up to 本期: 未报送 as soon as a period has fallen due under its frequency (every period
 * since January is missing), else not yet due (no_data). The one rule the counts, 通报 and 催报 read.
 */
export function withoutRecord(id: string, settings: StatusSettings): StatusResult {
  const frequency = itemFrequency(id, settings.frequencies?.get(id))
  const missing = missedPeriods(0, settings.month, frequency)
  return missing ? { status: 'unreported', missing } : { status: 'no_data' }
}

/**
 * Where an entry stands against 本期: the period due at 本期 under the item's frequency has a record when the
 * entry is at least that recent; otherwise the item is 未报送 and `missing` periods have gone by without one.
 */
function periodOf<E extends ProgressEntry>(id: string, entry: E, m: number, settings: StatusSettings) {
  const frequency = itemFrequency(id, settings.frequencies?.get(id))
  const fresh = m >= dueMonth(settings.month, frequency)
  const missing = fresh ? 0 : missedPeriods(m, settings.month, frequency)
  const base: { entry: E; age: number; missing?: number } = { entry, age: settings.month - m }
  if (missing) base.missing = missing
  return { base, missing }
}

export function indicatorStatus(
  target: Indicator,
  entries: readonly ProgressEntry[],
  settings: StatusSettings,
): StatusResult {
  const entry = latestEntry(
    entries.filter((e): e is ValueEntry => e.type === 'value' && e.targetId === target.id),
    settings.month,
  )
  if (!entry) return withoutRecord(target.id, settings)
  const m = monthOf(entry.asOf)
  const { base, missing } = periodOf(target.id, entry, m, settings)
  const goal = goalOf(target.comparator, target.direction)
  const band = bandOf(target)
  const meets = meetsTarget(entry.value, target.value, goal, band)
  const cumulative = isCumulative(target.measure) && target.value !== 0

  if (!cumulative) {
    const detail: StatusDetail = { kind: 'rate', value: entry.value, target: target.value, band }
    if (entry.basis === 'final' && m === 12) return { ...base, detail, status: meets ? 'done' : 'missed' }
    if (missing) return { ...base, detail, status: 'unreported' }
    return { ...base, detail, status: paceOfRate(entry.value, target.value, goal, band) }
  }

  const node = settings.nodes?.get(target.id)?.get(m)
  const { pace, completion, schedule } = paceOfCumulative(
    entry.value,
    target.value,
    goal,
    m,
    settings.tolerancePp,
    node,
  )
  const detail: StatusDetail = {
    kind: 'cumulative',
    completion,
    schedule,
    ...(node !== undefined && { node }),
  }
  if (entry.basis === 'final') {
    if (m === 12) return { ...base, detail, status: meets ? 'done' : 'missed' }
    // An official running total cannot fall back: a floor reached is done early, a cap broken is missed early.
    const lowerIsBetter = goal === 'ceiling' || goal === 'band_lower'
    if (!lowerIsBetter && meets) return { ...base, detail, status: 'done' }
    if (lowerIsBetter && !meets) return { ...base, detail, status: 'missed' }
  }
  if (missing) return { ...base, detail, status: 'unreported' }
  return { ...base, detail, status: pace }
}

/** 已完成 is final; a task not done by December is 未完成; 推进中 counts as 达进度, 未开始 as 欠进度 */
export function taskStatus(
  taskId: string,
  entries: readonly ProgressEntry[],
  settings: StatusSettings,
): StatusResult {
  const entry = latestEntry(
    entries.filter((e): e is TaskEntry => e.type === 'task' && e.targetId === taskId),
    settings.month,
  )
  if (!entry) return withoutRecord(taskId, settings)
  const m = monthOf(entry.asOf)
  const { base: common, missing } = periodOf(taskId, entry, m, settings)
  const base = { ...common, detail: { kind: 'task', taskStatus: entry.taskStatus } as const }
  if (entry.taskStatus === 'done') return { ...base, status: 'done' }
  if (m === 12) return { ...base, status: 'missed' }
  if (missing) return { ...base, status: 'unreported' }
  return { ...base, status: entry.taskStatus === 'in_progress' ? 'on_track' : 'behind' }
}

/** The status of every 2023 target indicator and every task, keyed by id */
export function statusesById(
  indicators: readonly Indicator[],
  taskIds: readonly string[],
  entries: readonly ProgressEntry[],
  settings: StatusSettings,
): Map<string, StatusResult> {
  const index = entryIndex(entries)
  const result = new Map<string, StatusResult>()
  for (const i of indicators)
    if (i.kind === 'target') result.set(i.id, indicatorStatus(i, index.ofItem(i.id), settings))
  for (const id of taskIds) result.set(id, taskStatus(id, index.ofItem(id), settings))
  return result
}

/** How many of the given ids stand at each status (ids without a status are left out) */
export function countStatuses(
  statuses: ReadonlyMap<string, StatusResult>,
  ids?: Iterable<string>,
): Map<Status, number> {
  const counts = new Map<Status, number>()
  const results = ids ? Array.from(ids, (id) => statuses.get(id)) : statuses.values()
  for (const r of results) if (r) counts.set(r.status, (counts.get(r.status) ?? 0) + 1)
  return counts
}
