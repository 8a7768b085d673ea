import type { z } from 'zod'
import type { ProgressEntry } from '@/data/dataset/schema'
import {
  assignmentSchema,
  leaderSchema,
  unitSchema,
  type ResponsibilityState,
} from '@/monitoring/responsibility'

// What the browser keeps under each key, and how a stored copy is read back: every record re-parsed, the
// unusable ones returned with the reason so they can be set aside.

export const PROGRESS_STORAGE_KEY = 'qidong-targets.progress'
export const PROGRESS_STORE_VERSION = 1
export const ASSIGNMENTS_STORAGE_KEY = 'qidong-targets.assignments'
export const ASSIGNMENTS_STORE_VERSION = 1

export type ProgressState = { entries: ProgressEntry[] }
type Rejected = { record: unknown; problem: string }

/** Keeps the valid records of one list, first of a repeated key; the rest go aside with the reason */
function keepValid<T>(
  list: unknown,
  field: string,
  schema: { safeParse: (v: unknown) => z.ZodSafeParseResult<T> },
  key: (t: T) => string,
  rejected: Rejected[],
): T[] {
  if (list === undefined) return []
  if (!Array.isArray(list)) {
    rejected.push({ record: list, problem: `${field} 应为列表` })
    return []
  }
  const kept: T[] = []
  const seen = new Set<string>()
  for (const record of list) {
    const parsed = schema.safeParse(record)
    if (!parsed.success) {
      const problem = parsed.error.issues.map((i) => `${i.path.join('.') || '记录'}：${i.message}`).join('；')
      rejected.push({ record, problem })
    } else if (seen.has(key(parsed.data))) rejected.push({ record, problem: `重复：${key(parsed.data)}` })
    else {
      seen.add(key(parsed.data))
      kept.push(parsed.data)
    }
  }
  return kept
}

/** Entries are read back by the monitoring domain's own rules (monitoring/entries.ts) */
export { migrateEntries as migrateProgress, validateEntries as validateProgress } from '@/monitoring/entries'

export function validateAssignments(stored: unknown): { state: ResponsibilityState; rejected: Rejected[] } {
  if (!stored || typeof stored !== 'object')
    return {
      state: { units: [], leaders: [], assignments: [] },
      rejected: [{ record: stored, problem: '缺少单位、领导和任务分解' }],
    }
  const record = stored as Record<string, unknown>
  const rejected: Rejected[] = []
  const state: ResponsibilityState = {
    units: keepValid(record.units, 'units', unitSchema, (u) => u.name, rejected),
    leaders: keepValid(record.leaders, 'leaders', leaderSchema, (l) => l.name, rejected),
    assignments: keepValid(record.assignments, 'assignments', assignmentSchema, (a) => a.itemId, rejected),
  }
  return { state, rejected }
}
