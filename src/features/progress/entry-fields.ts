import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { zhEntryForm } from '@/i18n/zh-entry-form'
import type { EntryFields } from '@/monitoring/entry-input'

// What the entry form's fields start from, and what they are cleared to after a save.

const t = zhEntryForm

export function valueHint(target: Indicator): string {
  if (target.measure === 'growth_pct') return t.hintGrowth(target.unit)
  if (target.measure === 'share_pct') return t.hintShare
  if (target.measure === 'rank') return t.hintRank
  if (target.measure === 'change_pp') return t.hintPoints
  return t.hintCumulative(target.unit)
}

/**
 * An entry being edited, or a blank entry starting at `asOf` ('' = 请选择, entry-defaults.ts). basis '' = not
 * chosen yet: the form shows defaultBasis() until the official picks one.
 */
export function fieldsOf(entry: ProgressEntry | undefined, asOf: string): EntryFields {
  return {
    value: entry?.type === 'value' ? String(entry.value) : '',
    asOf: entry?.asOf ?? asOf,
    basis: entry?.type === 'value' ? entry.basis : '',
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
