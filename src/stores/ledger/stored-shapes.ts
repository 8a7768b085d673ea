import type { ProgressEntry } from '@/data/dataset/schema'
import { deepFreeze, issuedBulletinSchema, type IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import { keepValid, type KeepRule, type Rejected } from '@/monitoring/keep-valid'
import {
  assignmentSchema,
  leaderSchema,
  unitSchema,
  type ResponsibilityState,
} from '@/monitoring/responsibility'
import { supervisionNoticeSchema, type SupervisionNotice } from '@/monitoring/supervision'

// What the browser keeps under each key, and how a stored copy is read back: every record re-parsed, the
// unusable ones returned with the reason so they can be set aside.

export {
  PROGRESS_STORAGE_KEY,
  PROGRESS_STORE_VERSION,
  ASSIGNMENTS_STORAGE_KEY,
  ASSIGNMENTS_STORE_VERSION,
  BULLETINS_STORAGE_KEY,
  BULLETINS_STORE_VERSION,
  SUPERVISIONS_STORAGE_KEY,
  BULLETIN_SETTINGS_STORAGE_KEY,
  SETTINGS_STORAGE_KEY,
} from './storage-keys'

export type ProgressState = { entries: ProgressEntry[] }
/** Entries are read back by the monitoring domain's own rules (monitoring/stored-records.ts) */
export {
  migrateEntries as migrateProgress,
  validateEntries as validateProgress,
} from '@/monitoring/stored-records'

const named = (name: string) => `重复：${name}`

export function validateAssignments(stored: unknown): { state: ResponsibilityState; rejected: Rejected[] } {
  if (!stored || typeof stored !== 'object')
    return {
      state: { units: [], leaders: [], assignments: [] },
      rejected: [{ record: stored, problem: '缺少单位、领导和任务分解' }],
    }
  const record = stored as Record<string, unknown>
  const rejected: Rejected[] = []
  const kept = <T>(from: unknown, field: string, rule: KeepRule<T>): T[] => {
    const result = keepValid(from, field, rule)
    rejected.push(...result.rejected)
    return result.kept
  }
  const state: ResponsibilityState = {
    units: kept(record, 'units', { schema: unitSchema, key: (u) => u.name, duplicate: named }),
    leaders: kept(record, 'leaders', { schema: leaderSchema, key: (l) => l.name, duplicate: named }),
    assignments: kept(record, 'assignments', { schema: assignmentSchema, key: (a) => a.itemId }),
  }
  return { state, rejected }
}

export type BulletinsState = { bulletins: IssuedBulletin[] }
export type SupervisionsState = { notices: SupervisionNotice[] }

/** Keeps every snapshot that parses (first of a repeated id), frozen; the rest go aside with the reason */
export function validateBulletins(stored: unknown): { state: BulletinsState; rejected: Rejected[] } {
  const { kept, rejected } = keepValid(stored, 'bulletins', {
    schema: issuedBulletinSchema,
    key: (b) => b.id,
    missing: '缺少通报列表 bulletins',
  })
  return { state: { bulletins: kept.map(deepFreeze) }, rejected }
}

export function validateSupervisions(stored: unknown): { state: SupervisionsState; rejected: Rejected[] } {
  const { kept, rejected } = keepValid(stored, 'notices', {
    schema: supervisionNoticeSchema,
    key: (n) => n.id,
    missing: '缺少督办单列表 notices',
  })
  return { state: { notices: kept.map(deepFreeze) }, rejected }
}
