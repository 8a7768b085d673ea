// Reporting periods of the 2023 supervision cycle: a period is 'YYYY-MM' ('2023-09' = 截至9月 / 1—9月).

export const CYCLE_YEAR = 2023
/** 报送截止日 when the 督查室 has not set one: units report by the 25th of the month */
export const DEFAULT_DUE_DAY = 25

/** The same names as cycle-b's frequencySchema in responsibility.ts (月报 / 季报 / 半年报 / 年报) */
export type Frequency = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly'
/** YYYY-MM */
export type Period = string
/** 已报 / 未报送 / 逾期报送 */
export type ReportingState = 'reported' | 'missing' | 'late'

// Figures the statistics bureau publishes by quarter only (地区生产总值增速, 全体居民人均可支配收入增速).
const QUARTERLY_ITEMS = new Set(['gdp-growth-2023', 'disposable-income-growth-2023'])

/** An item's 报送频次: the assignment's when there is one, else quarterly for GDP and income growth, else monthly */
export function itemFrequency(itemId: string, assigned?: Frequency): Frequency {
  return assigned ?? (QUARTERLY_ITEMS.has(itemId) ? 'quarterly' : 'monthly')
}

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

/** '2023-09' → { year: 2023, month: 9 }; anything else → undefined */
export function parsePeriod(text: string): { year: number; month: number } | undefined {
  const m = PERIOD_RE.exec(text)
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined
}

export function formatPeriod(month: number, year = CYCLE_YEAR): Period {
  return `${year}-${String(month).padStart(2, '0')}`
}

/** "2023-06" → 6: the month of an entry's 截至 month */
export function monthOf(asOf: string): number {
  return Number(asOf.slice(5, 7))
}

/** The month of a 2023 period; periods outside 2023 clamp to its first or last month */
export function periodMonth(period: string): number {
  const p = parsePeriod(period)
  if (!p) return 12
  if (p.year < CYCLE_YEAR) return 1
  if (p.year > CYCLE_YEAR) return 12
  return p.month
}

const STEP: Record<Frequency, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 }

/** The month whose figure is due at month P under a frequency (quarterly: the latest quarter end ≤ P); 0 when none is due yet */
export function dueMonth(month: number, frequency: Frequency): number {
  const step = STEP[frequency]
  return Math.floor(month / step) * step
}

/** The period due at P under a frequency, or undefined when none is due yet in 2023 (a quarterly item in 1–2月) */
export function duePeriod(period: string, frequency: Frequency): Period | undefined {
  const due = dueMonth(periodMonth(period), frequency)
  return due ? formatPeriod(due) : undefined
}

/** How many periods of a frequency fell due after month `since` (0 = never reported) up to month P */
export function missedPeriods(since: number, month: number, frequency: Frequency): number {
  const step = STEP[frequency]
  return Math.max(0, Math.floor(month / step) - Math.floor(since / step))
}

/** The day after a period's 报送截止日, local time: a figure recorded from then on is 逾期报送 */
function dueEnd(period: string, dueDay: number): Date {
  const p = parsePeriod(period) ?? { year: CYCLE_YEAR, month: 12 }
  return new Date(p.year, p.month - 1, dueDay + 1)
}

/**
 * Default 本期: in 2023 the latest month whose 报送截止日 has passed (on the due day itself units are still
 * reporting); after 2023, 2023-12; before it (or before the first due day), 2023-01. Never taken from the records.
 */
export function defaultPeriod(today: Date, dueDay = DEFAULT_DUE_DAY): Period {
  const year = today.getFullYear()
  if (year > CYCLE_YEAR) return formatPeriod(12)
  if (year < CYCLE_YEAR) return formatPeriod(1)
  const month = today.getMonth() + 1
  const passed = today.getDate() > dueDay ? month : month - 1
  return formatPeriod(Math.max(passed, 1))
}

type Recorded = { asOf: string; recordedAt: string }

/**
 * An item's 报送 state at 本期: 已报 when a record covers the period due under its frequency (or nothing is due
 * yet), 逾期报送 when that record came in after the due day, 未报送 when there is none.
 */
export function reportingState(
  records: readonly Recorded[],
  period: string,
  frequency: Frequency,
  dueDay = DEFAULT_DUE_DAY,
): ReportingState {
  const due = duePeriod(period, frequency)
  if (!due) return 'reported'
  const month = periodMonth(period)
  const covering = records.filter((r) => {
    const m = periodMonth(r.asOf)
    return m >= periodMonth(due) && m <= month
  })
  if (covering.length === 0) return 'missing'
  const deadline = dueEnd(due, dueDay).getTime()
  return covering.some((r) => Date.parse(r.recordedAt) < deadline) ? 'reported' : 'late'
}
