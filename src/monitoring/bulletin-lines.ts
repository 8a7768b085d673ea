import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { monthOf } from './period'
import { isCumulative, type StatusResult } from './status'
import { formatNumber } from '@/lib/format'
import { formatEntryValue } from './format-entry'

// The standard lines of a 督查通报, e.g. 地区生产总值（第1项）：增长6.1%，低于目标1.4个百分点 — pure and exact.

const round1 = (n: number) => Math.round(n * 10) / 10
const pct1 = (n: number) => `${formatNumber(round1(n))}%`
const points = (n: number) => `${formatNumber(Math.abs(round1(n)))}个百分点`

/** 地区生产总值增速 reads 地区生产总值：增长6.1%; other names stay as they are */
export function subjectOf(name: string, indicator?: Pick<Indicator, 'measure'>): string {
  return indicator?.measure === 'growth_pct' ? name.replace(/增速$/, '') : name
}

/** The period of an entry when it is not 本期: 1—6月 */
function periodPrefix(entry: ProgressEntry, month: number): string {
  const m = monthOf(entry.asOf)
  return m === month ? '' : m === 1 ? '1月' : `1—${m}月`
}

/** A rate, share or rank as it stands: 增长6.1%，低于目标1.4个百分点 */
export function rateFigure(indicator: Indicator, value: number): string {
  const gap = value - indicator.value
  if (indicator.measure === 'rank')
    return `第${formatNumber(value)}名，目标第${formatNumber(indicator.value)}名`
  const figure =
    indicator.measure === 'growth_pct'
      ? `${value < 0 ? '下降' : '增长'}${formatNumber(Math.abs(value))}%`
      : indicator.measure === 'change_pp'
        ? `${value < 0 ? '下降' : '提高'}${formatNumber(Math.abs(value))}个百分点`
        : formatEntryValue(indicator, value)
  if (round1(gap) === 0) return `${figure}，与目标持平`
  return `${figure}，${gap < 0 ? '低于' : '高于'}目标${points(gap)}`
}

/** A running total against the year: 累计完成40亿元，完成年度目标的23.8%，低于序时进度26.2个百分点 */
export function cumulativeFigure(indicator: Indicator, value: number, result: StatusResult): string {
  const d = result.detail
  const done = `累计完成${formatEntryValue(indicator, value)}`
  if (d?.kind !== 'cumulative') return done
  const completion = round1(d.completion)
  const share = `完成年度目标的${pct1(completion)}`
  if (result.status === 'done')
    return `${done}，${share}，${monthOf(result.entry?.asOf ?? '2023-12') < 12 ? '提前完成年度目标' : '完成年度目标'}`
  if (result.status === 'missed') return `${done}，${share}，未完成年度目标`
  const lead = round1(completion - round1(d.schedule))
  if (lead === 0) return `${done}，${share}，与序时进度持平`
  return `${done}，${share}，${lead < 0 ? '低于' : '高于'}序时进度${points(lead)}`
}

/** A task at 本期: 尚未开始 / 正在推进 / 已完成 / 截至12月仍未完成 */
export function taskFigure(result: StatusResult): string {
  const d = result.detail
  if (d?.kind !== 'task') return '无进度记录'
  if (result.status === 'missed') return '截至12月仍未完成'
  return { not_started: '尚未开始', in_progress: '正在推进', done: '已完成' }[d.taskStatus]
}

export type LineInput = {
  /** 第N项, the stable number in report order */
  no: number
  name: string
  indicator?: Indicator
  result: StatusResult
  /** 本期 month */
  month: number
}

/** The standard line: 地区生产总值（第1项）：增长6.1%，低于目标1.4个百分点 */
export function standardLine({ no, name, indicator, result, month }: LineInput): string {
  const head = `${subjectOf(name, indicator)}（第${no}项）：`
  const entry = result.entry
  if (!entry) return `${head}无进度记录`
  const when = periodPrefix(entry, month)
  if (entry.type === 'task' || !indicator)
    return `${head}${when && `截至${monthOf(entry.asOf)}月`}${taskFigure(result)}`
  const body =
    isCumulative(indicator.measure) && indicator.value !== 0
      ? cumulativeFigure(indicator, entry.value, result)
      : rateFigure(indicator, entry.value)
  return `${head}${when}${body}`
}

/** 牵头单位：县统计局，责任领导：张三 — or 未明确 where 任务分解 has none */
export function responsibilityLine(leadUnit?: string, leader?: string): string {
  return `牵头单位：${leadUnit ?? '未明确'}，责任领导：${leader ?? '未明确'}`
}

/** 纳入监测的目标任务共127项 … 其中超进度10项，占7.9% */
export function shareText(label: string, n: number, total: number): string {
  return `${label}${n}项，占${total ? pct1((n / total) * 100) : '0%'}`
}
