import { zh } from '@/i18n/zh'
import { zhBulletin } from '@/i18n/zh-bulletin'
import { zhNarrative } from '@/i18n/zh-narrative'
import { formatFigure } from '@/lib/format'
import { describeEntry } from '@/monitoring/format-entry'
import { itemsOfUnit, reportPeriod } from '@/monitoring/chase'
import { itemFrequency, type Period } from '@/monitoring/period'
import type { Assignment } from '@/monitoring/responsibility'
import type { CsvKey } from './format'
import type { ProgressEntry } from '@/data/dataset/schema'
import type { Item } from '@/monitoring/item'
import { latestEntry } from '@/monitoring/status'
import { entryIndex } from '@/monitoring/entry-index'

// The per-unit 填报表: one row per item the unit leads or supports, for 本期, with what it must fill in.

/** Who may edit a column: nobody, every row, or only indicator / task rows */
type Editable = false | 'all' | 'indicator' | 'task'

type FormColumn = {
  key: CsvKey
  header: string
  /** In characters; Chinese characters count about two */
  width: number
  editable: Editable
  wrap?: boolean
  /** A drop-down list (data validation) */
  list?: readonly string[]
}

const n = zhNarrative

/** In file order; headers are the import's own column names, so a filled form reads back as entries */
export const UNIT_FORM_COLUMNS: readonly FormColumn[] = [
  { key: 'targetId', header: '目标编号', width: 30, editable: false },
  { key: 'item', header: '事项', width: 30, editable: false, wrap: true },
  { key: 'unit', header: '单位', width: 8, editable: false },
  { key: 'target', header: '2023年目标', width: 16, editable: false, wrap: true },
  { key: 'previous', header: '上期数值', width: 24, editable: false, wrap: true },
  { key: 'asOf', header: '截至月份', width: 11, editable: 'all' },
  { key: 'value', header: '数值', width: 12, editable: 'indicator' },
  { key: 'basis', header: '口径', width: 8, editable: 'indicator', list: Object.values(zh.basis) },
  { key: 'taskStatus', header: '任务状态', width: 11, editable: 'task', list: Object.values(zh.taskStatus) },
  { key: 'situation', header: n.situation, width: 40, editable: 'all', wrap: true },
  { key: 'problems', header: n.problems, width: 40, editable: 'all', wrap: true },
  { key: 'nextSteps', header: n.nextSteps, width: 40, editable: 'all', wrap: true },
]

/** Columns the form fills in advance: an untouched row with only these is skipped on import */
export const PREFILLED: readonly CsvKey[] = ['asOf', 'basis']

export type UnitFormRow = {
  kind: 'indicator' | 'task'
  cells: Partial<Record<CsvKey, string | number>>
}

export function columnEditable(column: FormColumn, row: UnitFormRow): boolean {
  return column.editable === 'all' || column.editable === row.kind
}

/**
 * The unit's items for 本期: 截至月份 is the period due under the item's frequency, 上期数值 the latest
 * figure before it; a figure already recorded for that period is filled in, so the form can correct it.
 */
export function unitFormRows(
  targets: readonly Item[],
  assignments: readonly Assignment[],
  entries: readonly ProgressEntry[],
  unit: string,
  period: Period,
): UnitFormRow[] {
  const frequencyOf = new Map(assignments.map((a) => [a.itemId, a.frequency]))
  const index = entryIndex(entries)
  return itemsOfUnit(targets, assignments, unit).map((t) => {
    const due = reportPeriod(period, itemFrequency(t.id, frequencyOf.get(t.id)))
    const previous = latestEntry(index.ofItem(t.id).filter((e) => e.asOf < due))
    const current = latestEntry(index.at(t.id, due))
    const i = t.indicator
    const cells: UnitFormRow['cells'] = {
      targetId: t.id,
      item: t.name,
      unit: i?.unit,
      target: i ? formatFigure(i) : zhBulletin.taskTarget,
      previous: previous ? describeEntry(previous, i) : '',
      asOf: due,
      ...(i && { basis: zh.basis[current?.type === 'value' ? current.basis : 'provisional'] }),
      ...(current?.type === 'value' && { value: current.value }),
      ...(current?.type === 'task' && { taskStatus: zh.taskStatus[current.taskStatus] }),
      ...(current && {
        situation: current.situation,
        problems: current.problems,
        nextSteps: current.nextSteps,
      }),
    }
    return { kind: i ? 'indicator' : 'task', cells }
  })
}
