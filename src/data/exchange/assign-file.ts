import { zhAssign } from '@/i18n/zh-assign'
import { zhExchange } from '@/i18n/zh-exchange'
import { sizeProblem } from './read'
import { MAX_IMPORT_BYTES } from './format'
import { CsvSyntaxError, parseCsv } from '@/lib/csv'
import { readSheetRecords, writeSheet } from '@/lib/excel'
import {
  ASSIGN_COLUMNS,
  assignTableRows,
  readAssignRecords,
  type AssignItem,
  type AssignProblem,
  type AssignRead,
} from '@/monitoring/assign-table'
import type { Assignment, Unit } from '@/monitoring/responsibility'

// The 分解表 as a file: .xlsx through exceljs (loaded on demand) or .csv, both read by the same row rules.

const a = zhAssign
const x = zhExchange

export async function assignTableXlsx(
  items: readonly AssignItem[],
  assignments: readonly Assignment[],
): Promise<ArrayBuffer> {
  const [, ...rows] = assignTableRows(items, assignments)
  return writeSheet(
    a.sheetName,
    ASSIGN_COLUMNS.map((c) => ({ title: c.header, width: c.width })),
    rows,
  )
}

/** Text of a CSV file, or the problem: UTF-8 only, as for the entries */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes)
    const bad = loose.indexOf('\uFFFD')
    return { problem: x.problem.notUtf8(loose.slice(0, Math.max(bad, 0)).split('\n').length) }
  }
}

export type Records = { records: string[][] } | { problem: AssignProblem }

/** Spreadsheet records (row i = spreadsheet row i + 1) of an .xlsx or .csv file, or why it cannot be read */
export async function readRecords(name: string, bytes: Uint8Array): Promise<Records> {
  const inFile = (message: string) => ({ problem: { where: x.where.file, message } })
  const type = /\.(xlsx|csv)$/i.exec(name)?.[1]?.toLowerCase()
  if (!type) return inFile(a.problem.notXlsxOrCsv(name))
  if (bytes.length === 0) return inFile(x.problem.empty)
  if (bytes.length > MAX_IMPORT_BYTES) return inFile(sizeProblem(bytes.length) ?? x.problem.empty)
  if (type === 'xlsx') {
    const records = await readSheetRecords(bytes)
    return records ? { records } : inFile(a.problem.notXlsx(name))
  }
  const decoded = decodeUtf8(bytes)
  if ('problem' in decoded) return inFile(decoded.problem)
  try {
    return { records: parseCsv(decoded.text) }
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { problem: { where: x.where.row(error.row), message: error.problem } }
    throw error
  }
}

/** A 分解表 file → rows to apply, or every problem with its row; one bad row refuses the whole file */
export async function readAssignFile(
  name: string,
  bytes: Uint8Array,
  items: ReadonlyMap<string, AssignItem>,
  units: readonly Unit[],
): Promise<AssignRead> {
  const read = await readRecords(name, bytes)
  return 'problem' in read
    ? { ok: false, problems: [read.problem] }
    : readAssignRecords(read.records, items, units)
}

const UNIT_HEADERS = new Set(['单位', '单位名称', '名称', '牵头单位', '责任单位'])

/** A one-column sheet of unit names: the first column, a header such as 单位名称 and blank cells left out */
export function unitNamesOf(records: readonly (readonly string[])[]): string[] {
  const names = records.map((r) => (r[0] ?? '').trim()).filter(Boolean)
  if (names[0] !== undefined && UNIT_HEADERS.has(names[0])) names.shift()
  return [...new Set(names)]
}
