import { z } from 'zod'
import type { StatusResult } from './status'
import { parsePeriod } from './period'

// 红黄绿灯 (预警): one pure rule from an item's status at 本期, its 报送频次 and its 完成时限; never the machine clock.

export type Light = 'red' | 'yellow' | 'blue' | 'green'

export const LIGHT_LABELS: Record<Light, string> = {
  red: '红灯',
  yellow: '黄灯',
  blue: '蓝灯',
  green: '绿灯',
}
/** Most urgent first */
export const lightOrder: readonly Light[] = ['red', 'yellow', 'blue', 'green']

/** 预警规则, as the 督查室 sets it; defaults after 银川 (10–30 points yellow, over 30 red) and 宿迁 (blue near the deadline) */
export const warningRuleSchema = z.object({
  /** Yellow from this many points behind 序时进度 (or the node target) */
  yellowLagPp: z.number().min(0).max(100).default(10),
  /** Red when more than this many points behind */
  redLagPp: z.number().min(0).max(100).default(30),
  /** Red after this many periods in a row without a report */
  redMissing: z.number().int().min(1).max(12).default(3),
  /** Blue when the 完成时限 is this many days away or fewer */
  blueDays: z.number().int().min(0).max(365).default(30),
})

export type WarningRule = z.infer<typeof warningRuleSchema>
export const defaultWarningRule: WarningRule = warningRuleSchema.parse({})

export type LightInput = {
  result: StatusResult
  /** 本期, YYYY-MM */
  period: string
  /** 完成时限 'YYYY-MM' or 'YYYY-MM-DD' */
  deadline?: string | undefined
}

export type LightVerdict = { light: Light; reasons: string[] }

const DAY = 86_400_000
const round1 = (n: number) => Math.round(n * 10) / 10

/** The last day of 本期, the 'today' of every deadline comparison (UTC, so time zones never shift a day) */
function periodEnd(period: string): number {
  const p = parsePeriod(period) ?? { year: 2023, month: 12 }
  return Date.UTC(p.year, p.month, 0)
}

/** A 完成时限 month means its last day */
function deadlineDay(deadline: string): number {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number | undefined]
  return d === undefined ? Date.UTC(y, m, 0) : Date.UTC(y, m - 1, d)
}

/** How many periods in a row the item has gone unreported at 本期 (the status rule counts a never-reported one from January) */
export function missingInRow(result: StatusResult): number {
  return result.status === 'unreported' ? (result.missing ?? 0) : 0
}

/** Points behind 序时进度 for a cumulative item (negative when ahead), undefined for the rest */
export function lagPoints(result: StatusResult): number | undefined {
  const d = result.detail
  return d?.kind === 'cumulative' ? round1(d.schedule - d.completion) : undefined
}

/** 2023-06 → 2023年6月, 2023-06-30 → 2023年6月30日: a 完成时限 as a 通报 writes it */
export function deadlineText(deadline: string): string {
  const [y, m, d] = deadline.split('-')
  if (!y || !m) return deadline
  return `${y}年${Number(m)}月${d ? `${Number(d)}日` : ''}`
}

export function judgeLight(input: LightInput, rule: WarningRule = defaultWarningRule): LightVerdict {
  const { result, period, deadline } = input
  const done = result.status === 'done'
  const red: string[] = []
  const yellow: string[] = []
  const missing = missingInRow(result)
  if (missing >= rule.redMissing) red.push(`连续${missing}期未报送`)
  const lag = lagPoints(result)
  if (!done && lag !== undefined) {
    if (lag > rule.redLagPp) red.push(`低于序时进度${lag}个百分点`)
    else if (lag >= rule.yellowLagPp) yellow.push(`低于序时进度${lag}个百分点`)
  }
  if (result.status === 'missed') red.push('未完成年度目标')
  else if (result.status === 'behind' && lag === undefined)
    yellow.push(result.detail?.kind === 'task' ? '未按计划启动' : '未达到目标')
  let blue: string | undefined
  if (deadline && !done) {
    const daysLeft = Math.round((deadlineDay(deadline) - periodEnd(period)) / DAY)
    const when = deadlineText(deadline)
    if (daysLeft < 0) red.push(`已过完成时限（${when}）未完成`)
    else if (daysLeft <= rule.blueDays) blue = `距完成时限（${when}）还有${daysLeft}天`
  }
  if (red.length) return { light: 'red', reasons: red }
  if (yellow.length) return { light: 'yellow', reasons: yellow }
  if (blue) return { light: 'blue', reasons: [blue] }
  return { light: 'green', reasons: [] }
}
