import type { z } from 'zod'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import {
  assignmentSchema,
  leaderSchema,
  renameUnit,
  unitNameProblem,
  unitSchema,
  type Assignment,
  type Leader,
  type ResponsibilityState,
  type Unit,
  type UnitKind,
} from '@/monitoring/responsibility'
import { followOtherTabs, persistSafely } from './persist-safely'

// The 单位名录, the 责任领导 and the 任务分解 (one assignment per item), kept in this browser like the entries.

export const ASSIGNMENTS_STORAGE_KEY = 'qidong-targets.assignments'
export const ASSIGNMENTS_STORE_VERSION = 1

type State = ResponsibilityState
const initial = (): State => ({ units: [], leaders: [], assignments: [] })

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

export function validateAssignments(stored: unknown) {
  if (!stored || typeof stored !== 'object')
    return { state: initial(), rejected: [{ record: stored, problem: '缺少单位、领导和任务分解' }] }
  const record = stored as Record<string, unknown>
  const rejected: Rejected[] = []
  const state: State = {
    units: keepValid(record.units, 'units', unitSchema, (u) => u.name, rejected),
    leaders: keepValid(record.leaders, 'leaders', leaderSchema, (l) => l.name, rejected),
    assignments: keepValid(record.assignments, 'assignments', assignmentSchema, (a) => a.itemId, rejected),
  }
  return { state, rejected }
}

const useAssignmentsStore = create<State>()(
  persist(
    initial,
    persistSafely(initial, {
      name: ASSIGNMENTS_STORAGE_KEY,
      version: ASSIGNMENTS_STORE_VERSION,
      partialize: (s) => ({ units: s.units, leaders: s.leaders, assignments: s.assignments }),
      migrate: (stored) => stored,
      validate: validateAssignments,
    }),
  ),
)

followOtherTabs(ASSIGNMENTS_STORAGE_KEY, () => useAssignmentsStore.persist.rehydrate())

// ── Hooks: atomic selectors ──

export const useUnits = (): readonly Unit[] => useAssignmentsStore((s) => s.units)
export const useLeaders = (): readonly Leader[] => useAssignmentsStore((s) => s.leaders)
export const useAssignments = (): readonly Assignment[] => useAssignmentsStore((s) => s.assignments)
export const useAssignment = (itemId: string): Assignment | undefined =>
  useAssignmentsStore((s) => s.assignments.find((a) => a.itemId === itemId))

/** Outside React (exports, imports) */
export const getResponsibility = (): State => {
  const { units, leaders, assignments } = useAssignmentsStore.getState()
  return { units, leaders, assignments }
}

// ── Actions, named after what happened; each returns a problem in Chinese, or undefined when done ──

export function unitAdded(name: string, kind: UnitKind): string | undefined {
  const problem = unitNameProblem(getResponsibility().units, name)
  if (problem) return problem
  const unit = unitSchema.parse({ name, kind })
  useAssignmentsStore.setState((s) => ({ units: [...s.units, unit] }))
  return undefined
}

export function unitRenamed(from: string, to: string): string | undefined {
  const state = getResponsibility()
  const problem = unitNameProblem(state.units, to, from)
  if (problem) return problem
  useAssignmentsStore.setState(renameUnit(state, from, to))
  return undefined
}

/** A retired unit keeps its assignments and history; it is only no longer offered in choosers */
export function unitRetired(name: string, retired = true) {
  useAssignmentsStore.setState((s) => ({
    units: s.units.map((u) => (u.name === name ? { ...u, retired } : u)),
  }))
}

export function leaderAdded(name: string, title?: string): string | undefined {
  const parsed = leaderSchema.safeParse({ name, ...(title?.trim() && { title }) })
  if (!parsed.success) return '领导姓名应为1至40个字'
  if (getResponsibility().leaders.some((l) => l.name === parsed.data.name))
    return `已有领导：${parsed.data.name}`
  useAssignmentsStore.setState((s) => ({ leaders: [...s.leaders, parsed.data] }))
  return undefined
}

export function leaderRemoved(name: string) {
  useAssignmentsStore.setState((s) => ({ leaders: s.leaders.filter((l) => l.name !== name) }))
}

/** Sets one item's assignment, replacing the one before */
export function assignmentChanged(assignment: Assignment) {
  const valid = assignmentSchema.parse(assignment)
  useAssignmentsStore.setState((s) => ({
    assignments: [...s.assignments.filter((a) => a.itemId !== valid.itemId), valid],
  }))
}

/** Adds already-validated assignments (an imported 分解表), and any unit or leader they name that is not listed */
export function assignmentsImported(
  assignments: readonly Assignment[],
  newUnits: readonly Unit[] = [],
  newLeaders: readonly Leader[] = [],
): { added: number; replaced: number } {
  const incoming = new Map(assignments.map((a) => [a.itemId, assignmentSchema.parse(a)]))
  const current = getResponsibility()
  const replaced = current.assignments.filter((a) => incoming.has(a.itemId)).length
  const unitNames = new Set(current.units.map((u) => u.name))
  const leaderNames = new Set(current.leaders.map((l) => l.name))
  useAssignmentsStore.setState({
    assignments: [...current.assignments.filter((a) => !incoming.has(a.itemId)), ...incoming.values()],
    units: [
      ...current.units,
      ...newUnits.filter((u) => !unitNames.has(u.name)).map((u) => unitSchema.parse(u)),
    ],
    leaders: [...current.leaders, ...newLeaders.filter((l) => !leaderNames.has(l.name))],
  })
  return { added: incoming.size - replaced, replaced }
}

export const assignmentsReloaded = () => useAssignmentsStore.persist.rehydrate()
