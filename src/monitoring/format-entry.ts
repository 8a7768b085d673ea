import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { monthOf } from './period'
import type { StatusResult } from './status'
import { zh } from '@/i18n/zh'
import { formatNumber } from '@/lib/format'

// How an entry and its status read in the progress tab, e.g. "6.2% · 1—6月（上半年） · 预计".

const percent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 })

export function formatEntryValue(target: Pick<Indicator, 'measure' | 'unit'>, value: number): string {
  if (target.measure === 'rank') return `第${formatNumber(value)}名`
  if (target.measure === 'change_pp') return `${formatNumber(value)}个百分点`
  return `${formatNumber(value)}${target.unit}`
}

export function describeEntry(entry: ProgressEntry, target?: Pick<Indicator, 'measure' | 'unit'>): string {
  const period = zh.period(monthOf(entry.asOf))
  if (entry.type === 'task') return `${zh.taskStatus[entry.taskStatus]} · ${period}`
  const value = target ? formatEntryValue(target, entry.value) : formatNumber(entry.value)
  return `${value} · ${period} · ${zh.basis[entry.basis]}`
}

/** The numbers behind a status, in words; empty when the label says it all */
export function describeStatus(result: StatusResult): string {
  const parts: string[] = []
  const detail = result.detail
  if (detail?.kind === 'cumulative') {
    const completion = `${percent.format(detail.completion)}%`
    const schedule = `${percent.format(detail.schedule)}%`
    parts.push(
      detail.node === undefined
        ? zh.monitor.completion(completion, schedule)
        : zh.monitor.completionAtNode(completion, formatNumber(detail.node), schedule),
    )
  }
  if (result.status === 'unreported')
    parts.push(
      result.entry
        ? zh.monitor.missingPeriods(result.missing ?? 0, monthOf(result.entry.asOf))
        : zh.monitor.neverReported(result.missing ?? 0),
    )
  return parts.join('；')
}

/** What a bullet chart draws as the 2023 actual: the latest value entry, with its month, basis and status in words */
export function actualOf(result: StatusResult | undefined) {
  const entry = result?.entry
  if (!result || entry?.type !== 'value') return undefined
  return {
    value: entry.value,
    asOf: `${monthOf(entry.asOf)}月（${zh.basis[entry.basis]}）`,
    status: zh.status[result.status],
    // The figure comes from the entry, not the report: its CSV cites the entry's 来源.
    credit: zh.csv.entryCredit(entry.source),
  }
}
