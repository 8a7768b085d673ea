import { toCsv, type CsvCell } from '@/lib/csv'
import { formatFigure } from '@/lib/format'
import { zh } from '@/i18n/zh'
import { zhExchange } from '@/i18n/zh-exchange'
import { zhNarrative } from '@/i18n/zh-narrative'
import type { MonitorSettings, ProgressEntry } from '@/data/dataset/schema'
import type { Item } from '@/monitoring/item'
import type { ResponsibilityState } from '@/monitoring/responsibility'

// The exchange file formats (README 数据交换格式): what export writes and import reads. Changing a name breaks files.

export const EXCHANGE_FORMAT = 'qidong-targets-progress'
export const EXCHANGE_VERSION = 1
/** Bigger files are refused unread: 5 MB holds some 20,000 entries, ten times a full year of every target */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ENTRIES = 20_000

/** CSV columns in file order; `input` columns are read on import, the others only help the reader */
export const CSV_COLUMNS = [
  { key: 'id', header: '记录编号', input: true },
  { key: 'sector', header: '领域', input: false },
  { key: 'targetId', header: '目标编号', input: true, required: true },
  { key: 'name', header: '目标名称', input: false },
  { key: 'kind', header: '类型', input: false },
  { key: 'unit', header: '单位', input: false },
  { key: 'target', header: '2023年目标', input: false },
  { key: 'asOf', header: '截至月份', input: true, required: true },
  { key: 'value', header: '数值', input: true, required: true },
  { key: 'basis', header: '口径', input: true },
  { key: 'taskStatus', header: '任务状态', input: true, required: true },
  { key: 'situation', header: zhNarrative.situation, input: true },
  { key: 'problems', header: zhNarrative.problems, input: true },
  { key: 'nextSteps', header: zhNarrative.nextSteps, input: true },
  { key: 'note', header: '备注', input: true },
  { key: 'source', header: '来源', input: true },
  { key: 'recordedAt', header: '录入时间', input: true },
] as const

/** Columns of the per-unit 填报表 (Excel) that the CSV does not have: import accepts and ignores them */
export const EXTRA_READ_COLUMNS = [
  { key: 'item', header: '事项', input: false },
  { key: 'previous', header: '上期数值', input: false },
] as const

export type CsvKey = (typeof CSV_COLUMNS)[number]['key'] | (typeof EXTRA_READ_COLUMNS)[number]['key']
type Row = Partial<Record<CsvKey, CsvCell>>

const header = CSV_COLUMNS.map((c) => c.header)
const toRow = (row: Row): CsvCell[] => CSV_COLUMNS.map((c) => row[c.key])

function describeItem(t: Item | undefined): Row {
  if (!t) return {}
  const i = t.indicator
  return {
    sector: t.sector.short,
    targetId: t.id,
    name: t.name,
    kind: i ? zhExchange.kindIndicator : zhExchange.kindTask,
    unit: i?.unit,
    target: i && formatFigure(i),
  }
}

/**
 * What a full backup carries besides the entries: the settings (容差, 报送截止日) and the 单位名录, 责任领导 and
 * 分解. Both are optional fields of version 1: files without them import as before, and older readers skip them.
 */
export type BackupExtras = { settings?: MonitorSettings; responsibility?: ResponsibilityState }

/** Lossless: every field of every entry (and the extras given), so importing it back changes nothing */
export function entriesToJson(
  entries: readonly ProgressEntry[],
  exportedAt: string,
  extras: BackupExtras = {},
): string {
  const { settings, responsibility } = extras
  const file = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt,
    settings,
    responsibility,
    entries,
  }
  return JSON.stringify(file, null, 2) + '\n'
}

/** One row per entry, in target order then month; labels in Chinese, numbers as numbers */
export function entriesToCsv(entries: readonly ProgressEntry[], items: readonly Item[]): string {
  const order = new Map(items.map((t, i) => [t.id, i]))
  const byId = new Map(items.map((t) => [t.id, t]))
  const rank = (e: ProgressEntry) => order.get(e.targetId) ?? items.length
  const sorted = [...entries].sort(
    (a, b) => rank(a) - rank(b) || a.asOf.localeCompare(b.asOf) || a.recordedAt.localeCompare(b.recordedAt),
  )
  const rows = sorted.map((e) =>
    toRow({
      ...describeItem(byId.get(e.targetId)),
      id: e.id,
      targetId: e.targetId,
      asOf: e.asOf,
      ...(e.type === 'value'
        ? { value: e.value, basis: zh.basis[e.basis] }
        : { taskStatus: zh.taskStatus[e.taskStatus] }),
      situation: e.situation,
      problems: e.problems,
      nextSteps: e.nextSteps,
      note: e.note,
      source: e.source,
      recordedAt: e.recordedAt,
    }),
  )
  return toCsv([header, ...rows])
}

/** Every 2023 target and task with what the report sets, and the columns to fill left empty */
export function templateCsv(items: readonly Item[]): string {
  return toCsv([header, ...items.map((t) => toRow(describeItem(t)))])
}
