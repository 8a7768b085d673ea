import type { z } from 'zod'
import { progressEntrySchema, type ProgressEntry } from '@/data/schema'
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

/** v0 (the pre-release prototype) kept entries grouped under their target: { entries: { [targetId]: [...] } } */
export function migrateProgress(stored: unknown, fromVersion: number): unknown {
  if (fromVersion === 0 && stored && typeof stored === 'object' && 'entries' in stored) {
    const grouped = stored.entries
    if (grouped && typeof grouped === 'object' && !Array.isArray(grouped))
      return {
        entries: Object.entries(grouped).flatMap(([targetId, list]: [string, unknown]) =>
          (Array.isArray(list) ? (list as unknown[]) : [list]).map((e) =>
            e && typeof e === 'object' ? { ...e, targetId } : e,
          ),
        ),
      }
  }
  return stored
}

/** Keeps the valid records of one list, first of a repeated key; the rest go aside with the reason */
function keepValid<T>(
  list: unknown,
  field: string,
  schema: { safeParse: (v: unknown) => z.ZodSafeParseResult<T> },
  key: (t: T) => string,
  rejected: Rejected[],
  duplicate = '重复',
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
    } else if (seen.has(key(parsed.data)))
      rejected.push({ record, problem: `${duplicate}：${key(parsed.data)}` })
    else {
      seen.add(key(parsed.data))
      kept.push(parsed.data)
    }
  }
  return kept
}

/** Keeps every entry that parses (first of a repeated id); the rest go aside with the reason */
export function validateProgress(stored: unknown): { state: ProgressState; rejected: Rejected[] } {
  const list: unknown =
    stored && typeof stored === 'object' && 'entries' in stored ? stored.entries : undefined
  if (!Array.isArray(list))
    return { state: { entries: [] }, rejected: [{ record: stored, problem: '缺少记录列表 entries' }] }
  const rejected: Rejected[] = []
  const entries = keepValid(list, 'entries', progressEntrySchema, (e) => e.id, rejected, '编号重复')
  return { state: { entries }, rejected }
}

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
