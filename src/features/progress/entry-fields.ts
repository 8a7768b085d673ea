import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
import type { EntryFields } from '@/monitoring/entry-input'
import { formatPeriod } from '@/monitoring/period'

// What the entry form's fields start from, and what they are cleared to after a save.

const t = zh.entryForm

export function valueHint(target: Indicator): string {
  if (target.measure === 'growth_pct') return t.hintGrowth(target.unit)
  if (target.measure === 'share_pct') return t.hintShare
  if (target.measure === 'rank') return t.hintRank
  if (target.measure === 'change_pp') return t.hintPoints
  return t.hintCumulative(target.unit)
}

/** An entry being edited, or a blank entry for the given month */
export function fieldsOf(entry: ProgressEntry | undefined, month: number): EntryFields {
  return {
    value: entry?.type === 'value' ? String(entry.value) : '',
    asOf: entry?.asOf ?? formatPeriod(month),
    basis: entry?.type === 'value' ? entry.basis : 'provisional',
    taskStatus: entry?.type === 'task' ? entry.taskStatus : '',
    note: entry?.note ?? '',
    source: entry?.source ?? '',
    situation: entry?.situation ?? '',
    problems: entry?.problems ?? '',
    nextSteps: entry?.nextSteps ?? '',
  }
}

/** After a save the month, basis and state stay (the next item is often the same month); the texts clear */
export const clearedFields = { value: '', note: '', source: '', situation: '', problems: '', nextSteps: '' }
