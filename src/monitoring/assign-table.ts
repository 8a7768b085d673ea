import { zhAssign } from '@/i18n/zh-assign'
import { zhExchange } from '@/i18n/zh-exchange'
import { csvText, toCsv } from '@/lib/csv'
import {
  assignmentSchema,
  deadlineSchema,
  emptyAssignment,
  FREQUENCY_LABELS,
  frequencySchema,
  leaderSchema,
  unitSchema,
  type Assignment,
  type Frequency,
  type Leader,
  type ResponsibilityState,
  type Unit,
} from './responsibility'

// The 分解表: one row per 2023 target or task with its eight responsibility columns, out as CSV/xlsx and back in.

const a = zhAssign
const p = a.problem
const rowAt = zhExchange.where.row

export const ASSIGN_COLUMNS = [
  { key: 'itemId', header: '目标编号', width: 34 },
  { key: 'name', header: '事项', width: 30 },
  { key: 'leadUnit', header: '牵头单位', width: 16 },
  { key: 'partnerUnits', header: '配合单位', width: 26 },
  { key: 'leader', header: '责任领导', width: 12 },
  { key: 'owner', header: '责任人', width: 12 },
  { key: 'deadline', header: '完成时限', width: 13 },
  { key: 'frequency', header: '报送频次', width: 10 },
] as const
type Key = (typeof ASSIGN_COLUMNS)[number]['key']

export type AssignItem = { id: string; name: string }
export type AssignProblem = { where: string; message: string }
/** One row that assigns an item; `frequency` is undefined when the cell is empty (the item's default applies) */
export type AssignRow = {
  where: string
  itemId: string
  leadUnit: string
  partnerUnits: string[]
  leader?: string
  owner?: string
  deadline?: string
  frequency?: Frequency
}
export type AssignRead =
  { ok: true; rows: AssignRow[]; skipped: number } | { ok: false; problems: AssignProblem[] }

/** Several partner units in one cell: 、 as the report writes lists, commas and semicolons too */
const LIST_SEPARATORS = /[、,，;；/\n]+/

/** Header and one row per item, in the given (report) order */
export function assignTableRows(
  items: readonly AssignItem[],
  assignments: readonly Assignment[],
): string[][] {
  const byId = new Map(assignments.map((x) => [x.itemId, x]))
  return [
    ASSIGN_COLUMNS.map((c) => c.header),
    ...items.map((item) => {
      const x = byId.get(item.id) ?? emptyAssignment(item)
      return [
        item.id,
        item.name,
        x.leadUnit ?? '',
        x.partnerUnits.join('、'),
        x.leader ?? '',
        x.owner ?? '',
        x.deadline ?? '',
        FREQUENCY_LABELS[x.frequency],
      ]
    }),
  ]
}

export const assignTableCsv = (items: readonly AssignItem[], assignments: readonly Assignment[]) =>
  toCsv(assignTableRows(items, assignments))

/** 2023-06, 2023-6, 2023/6/30, 2023.6.30, 2023年6月, 2023年6月30日 → '2023-06' or '2023-06-30' */
export function readDeadline(raw: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月)?\s*(?:[-/.]?\s*(\d{1,2})\s*日?)?$/.exec(raw.trim())
  if (!m) return undefined
  const text = `${m[1]}-${m[2]!.padStart(2, '0')}${m[3] ? `-${m[3].padStart(2, '0')}` : ''}`
  return deadlineSchema.safeParse(text).success ? text : undefined
}

const frequencyByLabel = new Map<string, Frequency>(
  frequencySchema.options.flatMap((f) => [
    [FREQUENCY_LABELS[f], f],
    [f, f],
  ]),
)

function readHeader(header: readonly string[]) {
  const problems: AssignProblem[] = []
  const seen = new Set<Key>()
  const columns = header.map((raw) => {
    const name = raw.trim()
    const column = ASSIGN_COLUMNS.find((c) => c.header === name)
    if (!column) {
      if (name) problems.push({ where: rowAt(1), message: zhExchange.problem.unknownColumn(name) })
      return undefined
    }
    if (seen.has(column.key))
      problems.push({ where: rowAt(1), message: zhExchange.problem.duplicateColumn(name) })
    seen.add(column.key)
    return column.key
  })
  for (const c of ASSIGN_COLUMNS)
    if (!seen.has(c.key))
      problems.push({ where: rowAt(1), message: zhExchange.problem.missingColumn(c.header) })
  return { columns, problems }
}

type Cells = Partial<Record<Key, string>>
type RowResult = { problem: string } | { row: Omit<AssignRow, 'where'> }

function unitProblem(name: string, retired: ReadonlySet<string>): string | undefined {
  if (!unitSchema.shape.name.safeParse(name).success) return p.unitInvalid(name)
  if (retired.has(name)) return p.unitRetired(name)
  return undefined
}

function readRow(
  cells: Cells,
  items: ReadonlyMap<string, AssignItem>,
  retired: ReadonlySet<string>,
): RowResult {
  const itemId = cells.itemId ?? ''
  if (!itemId) return { problem: p.itemRequired }
  if (!items.has(itemId)) return { problem: p.unknownItem(itemId) }
  const leadUnit = cells.leadUnit ?? ''
  if (!leadUnit) return { problem: p.leadRequired }
  const partnerUnits = [
    ...new Set(
      (cells.partnerUnits ?? '')
        .split(LIST_SEPARATORS)
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ]
  for (const unit of [leadUnit, ...partnerUnits]) {
    const problem = unitProblem(unit, retired)
    if (problem) return { problem }
  }
  if (partnerUnits.includes(leadUnit)) return { problem: p.partnerIsLead(leadUnit) }
  const row: Omit<AssignRow, 'where'> = { itemId, leadUnit, partnerUnits }
  for (const [key, label] of [
    ['leader', a.leader],
    ['owner', a.owner],
  ] as const) {
    const value = cells[key] ?? ''
    if (!value) continue
    if (!leaderSchema.shape.name.safeParse(value).success) return { problem: p.personInvalid(label) }
    row[key] = value
  }
  if (cells.deadline) {
    const deadline = readDeadline(cells.deadline)
    if (!deadline) return { problem: p.deadlineInvalid(cells.deadline) }
    row.deadline = deadline
  }
  if (cells.frequency) {
    const frequency = frequencyByLabel.get(cells.frequency)
    if (!frequency) return { problem: p.frequencyInvalid(cells.frequency) }
    row.frequency = frequency
  }
  return { row }
}

/** A row that assigns nobody (export writes every item, with its default 报送频次): left as it is */
const unfilled = (c: Cells) => !c.leadUnit && !c.partnerUnits && !c.leader && !c.owner && !c.deadline

/**
 * Spreadsheet records (header first) → rows to apply, or every problem with its row number; one bad row refuses
 * the whole file. Retired units cannot take new work.
 */
export function readAssignRecords(
  records: readonly (readonly string[])[],
  items: ReadonlyMap<string, AssignItem>,
  units: readonly Unit[],
): AssignRead {
  const [header = [], ...body] = records
  const { columns, problems } = readHeader(header)
  if (problems.length) return { ok: false, problems }
  const retired = new Set(units.filter((u) => u.retired).map((u) => u.name))
  const rows: AssignRow[] = []
  const seen = new Map<string, string>()
  let skipped = 0
  for (const [i, record] of body.entries()) {
    const where = rowAt(i + 2)
    if (record.every((cell) => !cell.trim())) continue
    if (record.slice(columns.length).some((cell) => cell.trim())) {
      problems.push({ where, message: zhExchange.problem.extraCells })
      continue
    }
    const cells: Cells = {}
    columns.forEach((key, j) => {
      if (key) cells[key] = csvText(record[j] ?? '').trim()
    })
    if (unfilled(cells)) {
      skipped++
      continue
    }
    const result = readRow(cells, items, retired)
    if ('problem' in result) {
      problems.push({ where, message: result.problem })
      continue
    }
    const other = seen.get(result.row.itemId)
    if (other) problems.push({ where, message: p.duplicateItem(other) })
    else {
      seen.set(result.row.itemId, where)
      rows.push({ where, ...result.row })
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows, skipped }
}

export type AssignPlan = {
  added: Assignment[]
  changed: { before: Assignment; after: Assignment }[]
  unchanged: number
  newUnits: Unit[]
  newLeaders: Leader[]
}

const TOWNSHIP = /(?:镇|乡|街道|办事处)$/
const fields = (x: Assignment) =>
  JSON.stringify([x.leadUnit, x.partnerUnits, x.leader, x.owner, x.deadline, x.frequency])

/**
 * What 确认导入 would do: each row replaces its item's eight columns and keeps its 节点目标 and sub-items; units
 * and leaders the directory does not have yet are added (乡镇街道 by their name's ending, else 县直单位).
 */
export function planAssignImport(
  rows: readonly AssignRow[],
  state: ResponsibilityState,
  defaultFrequency: (itemId: string) => Frequency,
): AssignPlan {
  const current = new Map(state.assignments.map((x) => [x.itemId, x]))
  const plan: AssignPlan = { added: [], changed: [], unchanged: 0, newUnits: [], newLeaders: [] }
  const units = new Set(state.units.map((u) => u.name))
  const leaders = new Set(state.leaders.map((l) => l.name))
  for (const row of rows) {
    const before = current.get(row.itemId)
    const after = assignmentSchema.parse({
      itemId: row.itemId,
      leadUnit: row.leadUnit,
      partnerUnits: row.partnerUnits,
      ...(row.leader && { leader: row.leader }),
      ...(row.owner && { owner: row.owner }),
      ...(row.deadline && { deadline: row.deadline }),
      frequency: row.frequency ?? defaultFrequency(row.itemId),
      nodes: before?.nodes ?? [],
      subItems: before?.subItems ?? [],
    })
    if (!before) plan.added.push(after)
    else if (fields(before) === fields(after)) plan.unchanged++
    else plan.changed.push({ before, after })
    for (const name of [row.leadUnit, ...row.partnerUnits])
      if (!units.has(name)) {
        units.add(name)
        plan.newUnits.push({ name, kind: TOWNSHIP.test(name) ? 'township' : 'county', retired: false })
      }
    if (row.leader && !leaders.has(row.leader)) {
      leaders.add(row.leader)
      plan.newLeaders.push({ name: row.leader })
    }
  }
  return plan
}
