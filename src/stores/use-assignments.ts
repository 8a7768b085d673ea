import { create } from 'zustand'
import type { Assignment, Leader, ResponsibilityState, Unit } from '@/monitoring/responsibility'
import { unversioned, type Versioned } from './ledger/ledger-port'
import { mirrorCollection, mirrorListed } from './ledger/mirror'

// The 单位名录, the 责任领导 and the 任务分解 (one assignment per item). In the browser all three are one stored
// document, written whole (a rename touches units and assignments at once); on the server the assignments are a
// collection of the ledger. The changes (assignment-actions.ts) load with the views that make them.

export { ASSIGNMENTS_STORAGE_KEY, ASSIGNMENTS_STORE_VERSION } from './ledger/storage-keys'

type State = ResponsibilityState & { versions: ReadonlyMap<string, string> }
const useAssignmentsStore = create<State>()(() => ({
  units: [],
  leaders: [],
  assignments: [],
  versions: new Map(),
}))

const refreshAssignments = mirrorCollection(
  (ledger) => ledger.assignments,
  (list) => {
    // Nothing kept and nothing shown (a first visit): the same empty list stays, so no status is worked out again.
    if (list.length === 0 && useAssignmentsStore.getState().assignments.length === 0) return
    const versions = new Map(list.map((a) => [a.itemId, a.version]))
    const assignments = list.map((a) => unversioned(a))
    useAssignmentsStore.setState({ assignments, versions })
  },
)
const refreshDirectory = mirrorListed(
  (ledger) => ledger.directory,
  { units: [], leaders: [] },
  ({ units, leaders }) => {
    const before = useAssignmentsStore.getState()
    if (units.length + leaders.length + before.units.length + before.leaders.length === 0) return
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

/** The version a change of this item's assignment must name */
export const assignmentVersion = (itemId: string) => useAssignmentsStore.getState().versions.get(itemId)

/** The version of each item's assignment as this screen has it (an import names them, to be refused if stale) */
export const getAssignmentVersions = (): ReadonlyMap<string, string> =>
  useAssignmentsStore.getState().versions

/** Shows the whole state as kept in the browser (assignment-actions.ts) */
export function responsibilityShown(next: ResponsibilityState) {
  useAssignmentsStore.setState({ ...next })
}

/** Shows one assignment as the server kept it, with its new version */
export function assignmentKept(kept: Versioned<Assignment>) {
  const assignment = unversioned(kept)
  useAssignmentsStore.setState((s) => ({
    assignments: [...s.assignments.filter((a) => a.itemId !== assignment.itemId), assignment],
    versions: new Map(s.versions).set(assignment.itemId, kept.version),
  }))
}

/** Reads the 单位名录 and the 任务分解 again from the ledger */
export async function responsibilityRefreshed(): Promise<void> {
  await Promise.all([refreshDirectory(), refreshAssignments()])
}
