import { csvText, CsvSyntaxError, parseCsv } from '@/lib/csv'
import { zh } from '@/i18n/zh'
import { zhExchange } from '@/i18n/zh-exchange'
import { parseFigure } from '@/monitoring/entry-input'
import { formatPeriod } from '@/monitoring/period'
import {
  draftProblem,
  refuse,
  tidyDraft,
  type Draft,
  type ImportProblem,
  type ImportRow,
  type ReadResult,
  type ItemsById,
} from './draft'
import { CSV_COLUMNS, EXTRA_READ_COLUMNS, type CsvKey } from './format'
import { asOfSchema, valueEntrySchema, type TaskEntry, type ValueEntry } from '@/data/dataset/schema'

// The CSV side of import: the header names the columns, each later row is one entry or a blank template row.

const p = zhExchange.problem
const rowAt = zhExchange.where.row

type Cells = Partial<Record<CsvKey, string>>

// Labels as export writes them, and the codes JSON uses, both read back.
const basisByLabel = new Map<string, ValueEntry['basis']>(
  Object.entries(zh.basis).flatMap(([code, label]) => [
    [label, code as ValueEntry['basis']],
    [code, code as ValueEntry['basis']],
  ]),
)
const statusByLabel = new Map<string, TaskEntry['taskStatus']>(
  Object.entries(zh.taskStatus).flatMap(([code, label]) => [
    [label, code as TaskEntry['taskStatus']],
    [code, code as TaskEntry['taskStatus']],
  ]),
)

/** 2023-06, 2023-6, 2023/6, 2023/6/1, 2023-06-01, 2023.6, 2023年6月 → "2023-06"; spreadsheets rewrite months so */
export function readMonth(raw: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月(?:\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2})?$/.exec(raw)
  if (!m) return undefined
  const asOf = formatPeriod(Number(m[2]), Number(m[1]))
  return asOfSchema.safeParse(asOf).success ? asOf : undefined
}

function readHeader(header: readonly string[]): {
  columns: (CsvKey | undefined)[]
  problems: ImportProblem[]
} {
  const problems: ImportProblem[] = []
  const seen = new Set<CsvKey>()
  const columns = header.map((raw) => {
    const name = raw.trim()
    const column = [...CSV_COLUMNS, ...EXTRA_READ_COLUMNS].find((c) => c.header === name)
    if (!column) {
      if (name) problems.push({ where: rowAt(1), message: p.unknownColumn(name) })
      return undefined
    }
    if (seen.has(column.key)) problems.push({ where: rowAt(1), message: p.duplicateColumn(name) })
    seen.add(column.key)
    return column.key
  })
  for (const c of CSV_COLUMNS)
    if ('required' in c && !seen.has(c.key))
      problems.push({ where: rowAt(1), message: p.missingColumn(c.header) })
  return { columns, problems }
}

type RowResult = { problem: string } | { problem?: undefined; row: Omit<ImportRow, 'where'> }

function readRow(cells: Cells, items: ItemsById): RowResult {
  const targetId = cells.targetId ?? ''
  const item = items.get(targetId)
  if (!item) return { problem: targetId ? p.unknownTarget(targetId) : p.targetRequired }
  const asOfRaw = cells.asOf ?? ''
  const asOf = readMonth(asOfRaw)
  if (!asOfRaw) return { problem: p.monthRequired }
  if (!asOf) return { problem: p.monthInvalid(asOfRaw) }
  const id = cells.id ?? ''
  if (id.length > 64) return { problem: p.idTooLong }
  const recordedAt = cells.recordedAt ?? ''
  if (recordedAt && !valueEntrySchema.shape.recordedAt.safeParse(recordedAt).success)
    return { problem: p.recordedAtInvalid(recordedAt) }
  const common = {
    targetId,
    asOf,
    note: cells.note,
    source: cells.source,
    situation: cells.situation,
    problems: cells.problems,
    nextSteps: cells.nextSteps,
  }
  let draft: Draft
  if (item.indicator) {
    if (cells.taskStatus) return { problem: p.statusForIndicator }
    const figure = parseFigure(item.indicator, cells.value ?? '')
    if (!figure.ok) return { problem: figure.message }
    const basis = cells.basis ? basisByLabel.get(cells.basis) : 'provisional'
    if (!basis) return { problem: p.basisInvalid(cells.basis ?? '') }
    draft = { ...common, type: 'value', value: figure.value, basis }
  } else {
    if (cells.value) return { problem: p.valueForTask }
    const taskStatus = statusByLabel.get(cells.taskStatus ?? '')
    if (!taskStatus) return { problem: p.taskStatusInvalid(cells.taskStatus ?? '') }
    draft = { ...common, type: 'task', taskStatus }
  }
  const tidy = tidyDraft(draft)
  const problem = draftProblem(tidy, items)
  if (problem) return { problem }
  return { row: { draft: tidy, ...(id && { id }), ...(recordedAt && { recordedAt }) } }
}

const FREE_TEXT: readonly CsvKey[] = ['note', 'source', 'situation', 'problems', 'nextSteps']

/**
 * A template row nobody filled in: it names a target but carries nothing else. `prefilled` columns (the
 * 填报表 writes 截至月份 and 口径 in advance) do not count as filled.
 */
const unfilled = (c: Cells, prefilled: readonly CsvKey[]) =>
  !c.id &&
  (!c.asOf || prefilled.includes('asOf')) &&
  !c.value &&
  !c.taskStatus &&
  FREE_TEXT.every((key) => !c[key])

export function readCsvRows(text: string, items: ItemsById): ReadResult {
  let records: string[][]
  try {
    records = parseCsv(text)
  } catch (error) {
    if (error instanceof CsvSyntaxError) return refuse(error.problem, rowAt(error.row))
    throw error
  }
  return readTable(
    records.map((r) => r.map(csvText)),
    items,
  )
}

/**
 * A table of text cells (header first; CSV or an Excel sheet) → rows to import or problems by row number.
 * Cells arrive decoded (CSV's formula guard already taken off).
 */
export function readTable(
  records: readonly (readonly string[])[],
  items: ItemsById,
  prefilled: readonly CsvKey[] = [],
): ReadResult {
  const [header = [], ...body] = records
  const { columns, problems } = readHeader(header)
  if (problems.length) return { ok: false, problems }
  const rows: ImportRow[] = []
  let skipped = 0
  for (const [i, record] of body.entries()) {
    const where = rowAt(i + 2)
    if (record.every((cell) => !cell.trim())) continue
    if (record.slice(columns.length).some((cell) => cell.trim())) {
      problems.push({ where, message: p.extraCells })
      continue
    }
    const cells: Cells = {}
    columns.forEach((key, j) => {
      const cell = record[j] ?? ''
      if (key) cells[key] = FREE_TEXT.includes(key) ? cell : cell.trim()
    })
    if (unfilled(cells, prefilled)) {
      skipped++
      continue
    }
    const result = readRow(cells, items)
    if (result.problem !== undefined) problems.push({ where, message: result.problem })
    else rows.push({ where, ...result.row })
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows, skipped }
}
