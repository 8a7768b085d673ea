import { z } from 'zod'
import { zhEntryInput } from '@/i18n/zh-entry-input'
import { zhExchange } from '@/i18n/zh-exchange'
import {
  draftProblem,
  refuse,
  tidyDraft,
  type ImportProblem,
  type ImportRow,
  type ReadResult,
  type ItemsById,
} from './draft'
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES } from './format'
import { readCsvRows } from './read-csv'
import { readExtras } from './read-extras'
import { sniffFile } from './sniff'
import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'

// Import reads an untrusted file into entry drafts, or into problems that name the row: never half of each.

const p = zhExchange.problem

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Checked before the file is even read, so a huge file costs nothing */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes > MAX_IMPORT_BYTES) return p.tooLarge(megabytes(bytes), megabytes(MAX_IMPORT_BYTES))
  if (bytes === 0) return p.empty
  return undefined
}

/** A file's bytes → rows to import, or every problem found with the row it is on */
export function readExchangeFile(name: string, bytes: Uint8Array, items: ItemsById): ReadResult {
  const type = /\.(json|csv)$/i.exec(name)?.[1]?.toLowerCase()
  const kind = sniffFile(bytes)
  if (!type) return refuse(kind === 'text' ? p.notJsonOrCsv(name) : p.fileIs[kind](name))
  const tooBig = sizeProblem(bytes.length)
  if (tooBig) return refuse(tooBig)
  if (kind !== 'text') return refuse(p.fileIs[kind](name))
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Count the lines before the first undecodable byte, so the message can point at it.
    const loose = new TextDecoder('utf-8').decode(bytes)
    const bad = loose.indexOf('\uFFFD')
    return refuse(p.notUtf8(loose.slice(0, Math.max(bad, 0)).split('\n').length))
  }
  return checked(type === 'json' ? readJson(text, items) : readCsvRows(text, items))
}

/** Any file import takes: .xlsx (an Excel 填报表, read with exceljs loaded on demand) as well as .json and .csv */
export async function readImportFile(name: string, bytes: Uint8Array, items: ItemsById): Promise<ReadResult> {
  if (!/\.xlsx$/i.test(name)) return readExchangeFile(name, bytes, items)
  const tooBig = sizeProblem(bytes.length)
  if (tooBig) return refuse(tooBig)
  // The Excel reader and exceljs load only when an .xlsx is chosen
  const { readXlsx } = await import('./xlsx')
  return checked(await readXlsx(name, bytes, items))
}

/** The rules every format shares: not too many rows, no two rows for one record */
function checked(result: ReadResult): ReadResult {
  if (!result.ok) return result
  if (result.rows.length > MAX_IMPORT_ENTRIES) return refuse(p.tooManyEntries(MAX_IMPORT_ENTRIES))
  const duplicates = duplicateProblems(result.rows)
  return duplicates.length ? { ok: false, problems: duplicates } : result
}

function lineOfJsonError(error: unknown, text: string): number | undefined {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1]
  return at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length
}

function readJson(text: string, items: ItemsById): ReadResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return refuse(p.badJson(lineOfJsonError(error, text)))
  }
  const envelope = z
    .object({
      format: z.literal(EXCHANGE_FORMAT),
      version: z.unknown(),
      entries: z.array(z.unknown()),
      settings: z.unknown().optional(),
      responsibility: z.unknown().optional(),
    })
    .safeParse(raw)
  if (!envelope.success) return refuse(p.notExchangeJson)
  const { version, entries } = envelope.data
  if (version === undefined) return refuse(p.notExchangeJson)
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= 0)
    return refuse(p.versionInvalid(JSON.stringify(version).slice(0, 40)))
  if (version > EXCHANGE_VERSION) return refuse(p.newerVersion(version))
  const rows: ImportRow[] = []
  const { extras, problems } = readExtras(envelope.data)
  entries.forEach((record, i) => {
    const id =
      record && typeof record === 'object' && 'id' in record ? String(record.id).slice(0, 64) : undefined
    const at = zhExchange.where.record(i + 1, id)
    const parsed = progressEntrySchema.safeParse(record)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          where: at,
          message: p.field(issue.path.join('.') || 'type', fieldMessage(record, issue)),
        })
      return
    }
    const { id: entryId, recordedAt, ...draft } = parsed.data satisfies ProgressEntry
    const problem = draftProblem(draft, items)
    if (problem) problems.push({ where: at, message: problem })
    else rows.push({ where: at, id: entryId, recordedAt, draft: tidyDraft(draft) })
  })
  if (problems.length) return { ok: false, problems }
  return { ok: true, rows, skipped: 0, ...(extras && { extras }) }
}

// JSON.parse reads 1e999 as Infinity: say so in the form's words, not zod's "expected number".
function fieldMessage(record: unknown, issue: z.core.$ZodIssue): string {
  const value: unknown = record && typeof record === 'object' && 'value' in record ? record.value : undefined
  const nonFinite = typeof value === 'number' && !Number.isFinite(value)
  return nonFinite && issue.path.join('.') === 'value' ? zhEntryInput.notFinite : issue.message
}

// Two rows for the same record would make the result depend on their order: refuse instead.
function duplicateProblems(rows: readonly ImportRow[]): ImportProblem[] {
  const ids = new Map<string, string>()
  const months = new Map<string, string>()
  const problems: ImportProblem[] = []
  for (const row of rows) {
    if (row.id !== undefined) {
      const other = ids.get(row.id)
      if (other) problems.push({ where: row.where, message: p.duplicateId(row.id, other) })
      else ids.set(row.id, row.where)
    } else {
      const key = `${row.draft.targetId} ${row.draft.asOf}`
      const other = months.get(key)
      if (other) problems.push({ where: row.where, message: p.duplicateMonth(other) })
      else months.set(key, row.where)
    }
  }
  return problems
}
