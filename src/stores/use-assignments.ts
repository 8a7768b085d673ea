import { create } from 'zustand'
import { zh } from '@/i18n/zh'
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
import { activeLedger, onLedgerChosen, storageReloaded } from './ledger/active-ledger'
import type { BrowserLedger } from './ledger/browser-ledger'
import { unversioned, type Ledger } from './ledger/ledger-port'
import { mirrorCollection } from './ledger/mirror'
import { storageIssueReported } from './use-storage-issues'

// The 单位名录, the 责任领导 and the 任务分解 (one assignment per item). In the browser all three are one stored
// document, written whole (a rename touches units and assignments at once); on the server the assignments are a
// collection of the ledger.

export { ASSIGNMENTS_STORAGE_KEY, ASSIGNMENTS_STORE_VERSION } from './ledger/stored-shapes'

type State = ResponsibilityState & { versions: ReadonlyMap<string, string> }
const useAssignmentsStore = create<State>()(() => ({
  units: [],
  leaders: [],
  assignments: [],
  versions: new Map(),
}))

const browserOf = (ledger: Ledger): BrowserLedger | undefined =>
  'responsibility' in ledger ? (ledger as BrowserLedger) : undefined

function shownFromBrowser(ledger: Ledger) {
  const doc = browserOf(ledger)?.responsibility
  if (doc) useAssignmentsStore.setState({ units: doc.read().units, leaders: doc.read().leaders })
}

const refreshAssignments = mirrorCollection(
  (ledger) => ledger.assignments,
  (list) => {
    const versions = new Map(list.map((a) => [a.itemId, a.version]))
    const assignments = list.map((a) => unversioned(a))
    useAssignmentsStore.setState({ assignments, versions })
    shownFromBrowser(activeLedger())
  },
)
onLedgerChosen(shownFromBrowser)

// ── Hooks: atomic selectors ──

export const useUnits = (): readonly Unit[] => useAssignmentsStore((s) => s.units)
export const useLeaders = (): readonly Leader[] => useAssignmentsStore((s) => s.leaders)
export const useAssignments = (): readonly Assignment[] => useAssignmentsStore((s) => s.assignments)
export const useAssignment = (itemId: string): Assignment | undefined =>
  useAssignmentsStore((s) => s.assignments.find((a) => a.itemId === itemId))

/** Outside React (exports, imports) */
export const getResponsibility = (): ResponsibilityState => {
  const { units, leaders, assignments } = useAssignmentsStore.getState()
  return { units, leaders, assignments }
}

/** Keeps the whole state in the browser document; answers with the reason when it was not kept */
function kept(next: ResponsibilityState): string | undefined {
  const doc = browserOf(activeLedger())?.responsibility
  if (doc) {
    const written = doc.write(next)
    if (!written.ok) {
      storageIssueReported({ store: doc.key, reason: 'write_failed' })
      return zh.ledger.notSaved(written.failure.message)
    }
  }
  useAssignmentsStore.setState({ ...next })
  return undefined
}

// ── Actions, named after what happened; each returns a problem in Chinese, or undefined when done ──

export function unitAdded(name: string, kind: UnitKind): string | undefined {
  const state = getResponsibility()
  const problem = unitNameProblem(state.units, name)
  if (problem) return problem
  return kept({ ...state, units: [...state.units, unitSchema.parse({ name, kind })] })
}

export function unitRenamed(from: string, to: string): string | undefined {
  const state = getResponsibility()
  const problem = unitNameProblem(state.units, to, from)
  if (problem) return problem
  return kept(renameUnit(state, from, to))
}

/** A retired unit keeps its assignments and history; it is only no longer offered in choosers */
export function unitRetired(name: string, retired = true): string | undefined {
  const state = getResponsibility()
  return kept({ ...state, units: state.units.map((u) => (u.name === name ? { ...u, retired } : u)) })
}

export function leaderAdded(name: string, title?: string): string | undefined {
  const parsed = leaderSchema.safeParse({ name, ...(title?.trim() && { title }) })
  if (!parsed.success) return '领导姓名应为1至40个字'
  const state = getResponsibility()
  if (state.leaders.some((l) => l.name === parsed.data.name)) return `已有领导：${parsed.data.name}`
  return kept({ ...state, leaders: [...state.leaders, parsed.data] })
}

export function leaderRemoved(name: string): string | undefined {
  const state = getResponsibility()
  return kept({ ...state, leaders: state.leaders.filter((l) => l.name !== name) })
}

/** Sets one item's assignment, replacing the one before; answers with a problem when it was not kept */
export async function assignmentChanged(assignment: Assignment): Promise<string | undefined> {
  const valid = assignmentSchema.parse(assignment)
  const state = getResponsibility()
  const ledger = activeLedger()
  if (browserOf(ledger))
    return kept({
      ...state,
      assignments: [...state.assignments.filter((a) => a.itemId !== valid.itemId), valid],
    })
  const saved = await ledger.assignments.put(valid, useAssignmentsStore.getState().versions.get(valid.itemId))
  if (!saved.ok) return zh.ledger.notSaved(saved.failure.message)
  const { version, ...bare } = saved.value
  useAssignmentsStore.setState((s) => ({
    assignments: [...s.assignments.filter((a) => a.itemId !== valid.itemId), bare],
    versions: new Map(s.versions).set(valid.itemId, version),
  }))
  return undefined
}

/** Adds already-validated assignments (an imported 分解表), and any unit or leader they name that is not listed */
export function assignmentsImported(
  assignments: readonly Assignment[],
  newUnits: readonly Unit[] = [],
  newLeaders: readonly Leader[] = [],
): { added: number; replaced: number; problem?: string } {
  const incoming = new Map(assignments.map((a) => [a.itemId, assignmentSchema.parse(a)]))
  const current = getResponsibility()
  const replaced = current.assignments.filter((a) => incoming.has(a.itemId)).length
  const unitNames = new Set(current.units.map((u) => u.name))
  const leaderNames = new Set(current.leaders.map((l) => l.name))
  const problem = kept({
    assignments: [...current.assignments.filter((a) => !incoming.has(a.itemId)), ...incoming.values()],
    units: [
      ...current.units,
      ...newUnits.filter((u) => !unitNames.has(u.name)).map((u) => unitSchema.parse(u)),
    ],
    leaders: [...current.leaders, ...newLeaders.filter((l) => !leaderNames.has(l.name))],
  })
  return problem ? { added: 0, replaced: 0, problem } : { added: incoming.size - replaced, replaced }
}

export async function assignmentsReloaded(): Promise<void> {
  storageReloaded()
  shownFromBrowser(activeLedger())
  await refreshAssignments()
}
