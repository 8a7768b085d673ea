import { create } from 'zustand'
import { zhLedger } from '@/i18n/zh-ledger'
import type { Assignment, Leader, ResponsibilityState, Unit, UnitKind } from '@/monitoring/responsibility'
import { activeLedger, storageReloaded } from './ledger/active-ledger'
import type { BrowserLedger } from './ledger/browser-ledger'
import { unversioned, type Ledger, type Outcome } from './ledger/ledger-port'
import { mirrorCollection, mirrorListed } from './ledger/mirror'
import { storageIssueReported } from './use-storage-issues'

// The 单位名录, the 责任领导 and the 任务分解 (one assignment per item). In the browser all three are one stored
// document, written whole (a rename touches units and assignments at once); on the server the assignments are a
// collection of the ledger.

export { ASSIGNMENTS_STORAGE_KEY, ASSIGNMENTS_STORE_VERSION } from './ledger/storage-keys'

// The 任务分解's schemas and name rules (zod) load with the first change, not with the first screen.
const rules = () => import('@/monitoring/responsibility')

type State = ResponsibilityState & { versions: ReadonlyMap<string, string> }
const useAssignmentsStore = create<State>()(() => ({
  units: [],
  leaders: [],
  assignments: [],
  versions: new Map(),
}))

const browserOf = (ledger: Ledger): BrowserLedger | undefined =>
  'responsibility' in ledger ? (ledger as BrowserLedger) : undefined

const refreshAssignments = mirrorCollection(
  (ledger) => ledger.assignments,
  (list) => {
    const versions = new Map(list.map((a) => [a.itemId, a.version]))
    const assignments = list.map((a) => unversioned(a))
    useAssignmentsStore.setState({ assignments, versions })
  },
)
const refreshDirectory = mirrorListed(
  (ledger) => ledger.directory,
  { units: [], leaders: [] },
  ({ units, leaders }) => {
    useAssignmentsStore.setState({ units, leaders })
  },
)

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
      return zhLedger.notSaved(written.failure.message)
    }
  }
  useAssignmentsStore.setState({ ...next })
  return undefined
}

// ── Actions, named after what happened; each answers with a problem in Chinese, or undefined once kept ──

/** Shows what the ledger holds after a 名录 change (a rename also changed assignments) */
async function directoryKept(outcome: Outcome<unknown>): Promise<string | undefined> {
  if (!outcome.ok) return zhLedger.notSaved(outcome.failure.message)
  await Promise.all([refreshDirectory(), refreshAssignments()])
  return undefined
}

export async function unitAdded(name: string, kind: UnitKind): Promise<string | undefined> {
  const problem = (await rules()).unitNameProblem(getResponsibility().units, name)
  if (problem) return problem
  return directoryKept(await activeLedger().directory.unitAdded({ name: name.trim(), kind }))
}

/** On the server a rename is one transaction and one event in the history; it reaches every assignment */
export async function unitRenamed(from: string, to: string): Promise<string | undefined> {
  const problem = (await rules()).unitNameProblem(getResponsibility().units, to, from)
  if (problem) return problem
  return directoryKept(await activeLedger().directory.unitChanged(from, { name: to.trim() }))
}

/** A retired unit keeps its assignments and history; it is only no longer offered in choosers */
export async function unitRetired(name: string, retired = true): Promise<string | undefined> {
  return directoryKept(await activeLedger().directory.unitChanged(name, { retired }))
}

export async function leaderAdded(name: string, title?: string): Promise<string | undefined> {
  const parsed = (await rules()).leaderSchema.safeParse({ name, ...(title?.trim() && { title }) })
  if (!parsed.success) return '领导姓名应为1至40个字'
  if (getResponsibility().leaders.some((l) => l.name === parsed.data.name))
    return `已有领导：${parsed.data.name}`
  return directoryKept(await activeLedger().directory.leaderSaved(parsed.data))
}

export async function leaderRemoved(name: string): Promise<string | undefined> {
  return directoryKept(await activeLedger().directory.leaderRemoved(name))
}

/** Sets one item's assignment, replacing the one before; answers with a problem when it was not kept */
export async function assignmentChanged(assignment: Assignment): Promise<string | undefined> {
  const valid = (await rules()).assignmentSchema.parse(assignment)
  const state = getResponsibility()
  const ledger = activeLedger()
  if (browserOf(ledger))
    return kept({
      ...state,
      assignments: [...state.assignments.filter((a) => a.itemId !== valid.itemId), valid],
    })
  const saved = await ledger.assignments.put(valid, useAssignmentsStore.getState().versions.get(valid.itemId))
  if (!saved.ok) return zhLedger.notSaved(saved.failure.message)
  const { version, ...bare } = saved.value
  useAssignmentsStore.setState((s) => ({
    assignments: [...s.assignments.filter((a) => a.itemId !== valid.itemId), bare],
    versions: new Map(s.versions).set(valid.itemId, version),
  }))
  return undefined
}

/**
 * Adds already-validated assignments (an imported 分解表), and any unit or leader they name that is not listed: all
 * or nothing, in the browser and on the server alike. `versions` are those the preview showed (default: now).
 */
export async function assignmentsImported(
  assignments: readonly Assignment[],
  newUnits: readonly Unit[] = [],
  newLeaders: readonly Leader[] = [],
  versions: ReadonlyMap<string, string> = getAssignmentVersions(),
): Promise<{ added: number; replaced: number; problem?: string }> {
  const { assignmentSchema, unitSchema } = await rules()
  const current = getResponsibility()
  const unitNames = new Set(current.units.map((u) => u.name))
  const leaderNames = new Set(current.leaders.map((l) => l.name))
  const kept = await activeLedger().directory.imported({
    assignments: [...new Map(assignments.map((a) => [a.itemId, assignmentSchema.parse(a)])).values()],
    units: newUnits.filter((u) => !unitNames.has(u.name)).map((u) => unitSchema.parse(u)),
    leaders: newLeaders.filter((l) => !leaderNames.has(l.name)),
    versions,
  })
  if (!kept.ok) {
    const doc = browserOf(activeLedger())?.responsibility
    if (doc) storageIssueReported({ store: doc.key, reason: 'write_failed' })
    return { added: 0, replaced: 0, problem: zhLedger.importNotSaved(kept.failure.message) }
  }
  await Promise.all([refreshDirectory(), refreshAssignments()])
  return kept.value
}

/** The version of each item's assignment as this screen has it (an import names them, to be refused if stale) */
export const getAssignmentVersions = (): ReadonlyMap<string, string> =>
  useAssignmentsStore.getState().versions

export async function assignmentsReloaded(): Promise<void> {
  storageReloaded()
  await Promise.all([refreshDirectory(), refreshAssignments()])
}
