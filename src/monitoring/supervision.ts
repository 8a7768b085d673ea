import { z } from 'zod'
import { lightSchema } from './bulletin-snapshot'

// 督办单: a numbered notice to the unit behind a red or yellow item, kept with the item once issued (宿迁's 三色督办).

export const supervisionNoticeSchema = z.object({
  id: z.string().min(1).max(64),
  /** Its place in the year's sequence: 祁督办〔2023〕N号 */
  seq: z.number().int().min(1),
  itemId: z.string().min(1),
  /** 第N项 */
  itemNo: z.number().int().positive(),
  itemName: z.string().min(1),
  /** The report's own sentence for the item */
  sentence: z.string(),
  /** The 通报's standard line at 本期 */
  line: z.string(),
  light: lightSchema,
  /** Why the light is lit: 已过完成时限（2023年6月）未完成 */
  reasons: z.array(z.string()).default([]),
  unit: z.string(),
  leader: z.string(),
  problems: z.string().max(1000),
  requirements: z.string().trim().min(1, '请填写办理要求').max(2000),
  /** 反馈时限 */
  dueOn: z.iso.date('反馈时限应为日期，如 2023-10-20'),
  issuer: z.string().min(1),
  issuedOn: z.iso.date(),
  period: z.string(),
  issuedAt: z.iso.datetime(),
})

export type SupervisionNotice = z.infer<typeof supervisionNoticeSchema>

/** 祁督办〔2023〕3号 */
export const noticeNumber = (seq: number, year = 2023) => `祁督办〔${year}〕${seq}号`

/** A date N days after a YYYY-MM-DD date, by the calendar (UTC), never by the clock */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** 2023-10-20 → 2023年10月20日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return y && m && d ? `${y}年${m}月${d}日` : date
}

/** The 办理要求 a clerk starts from */
export function defaultRequirements(unit: string, dueOn: string, issuer: string): string {
  return `请${unit}对照目标任务，认真分析滞后原因，明确整改措施和完成时限，压实责任、加快推进，并于${chineseDate(dueOn)}前将办理情况书面报送${issuer}。`
}

/** The 督查室 line at the foot of the notice */
export function officeLine(issuer: string, issuedOn: string): string {
  return `${issuer}\u3000${chineseDate(issuedOn)}`
}

/** How many 督办单 each item has had */
export function noticeCounts(notices: readonly SupervisionNotice[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const n of notices) counts.set(n.itemId, (counts.get(n.itemId) ?? 0) + 1)
  return counts
}

/** 本期情况 without the line's own head: 正在推进；已过完成时限（2023年6月）未完成 */
export function situationOf(line: string, reasons: readonly string[]): string {
  return [line.replace(/^.*?（第\d+项）：/, ''), ...reasons].join('；')
}
