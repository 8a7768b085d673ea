import type { ProgressEntry } from '@/data/dataset/schema'
import type { ImportProblem, ItemsById } from './draft'
import type { BackupExtras } from './format'
import { planImport, type ImportPlan } from './plan'
import { readExchangeFile, readImportFile } from './read'

// The import's heavy part, read → parse → plan, as one pure step that runs in the import worker or, where a worker
// cannot start, on the page.

export type ImportJob = {
  name: string
  bytes: Uint8Array
  items: ItemsById
  existing: readonly ProgressEntry[]
  now: string
}

export type ImportOutcome =
  | { ok: true; plan: ImportPlan; skipped: number; extras?: BackupExtras }
  | { ok: false; problems: ImportProblem[] }

function planned(
  result: ReturnType<typeof readExchangeFile>,
  job: ImportJob,
  newId: () => string,
): ImportOutcome {
  if (!result.ok) return result
  const plan = planImport(result.rows, job.existing, { now: job.now, newId })
  return { ok: true, plan, skipped: result.skipped, ...(result.extras && { extras: result.extras }) }
}

/** JSON and CSV: synchronous, so the worker needs no chunk of its own for exceljs */
export function readAndPlanText(job: ImportJob, newId: () => string): ImportOutcome {
  return planned(readExchangeFile(job.name, job.bytes, job.items), job, newId)
}

/** Any import file, on the page (an .xlsx loads exceljs on demand) */
export async function readAndPlan(job: ImportJob, newId: () => string): Promise<ImportOutcome> {
  return planned(await readImportFile(job.name, job.bytes, job.items), job, newId)
}
