import type { Assignment, Leader, ResponsibilityState, Unit, UnitKind } from '@/monitoring/responsibility'
import { activeLedger, storageReloaded } from './ledger/active-ledger'
import type { BrowserLedger } from './ledger/browser-ledger'
import type { Ledger, Outcome, Versioned } from './ledger/ledger-port'
import {
  assignmentKept,
  assignmentVersion,
  getAssignmentVersions,
  getResponsibility,
  responsibilityRefreshed,
  responsibilityShown,
} from './use-assignments'
import { storageIssueReported } from './use-storage-issues'

// Changes to the 单位名录, the 责任领导 and the 任务分解: loaded with the views that make them (任务分解, 进度监测's
// import), never with the first screen. Each answers with a problem in Chinese, or undefined once kept.

// The 任务分解's schemas and name rules (zod) load with the first change, not with the first screen.
const rules = () => import('@/monitoring/responsibility')

// The ledger's refusals, in Chinese: read only when a change is refused, so not with the first screen.
const words = async () => (await import('@/i18n/zh-ledger')).zhLedger

const browserOf = (ledger: Ledger): BrowserLedger | undefined =>
  'responsibility' in ledger ? (ledger as BrowserLedger) : undefined

/** Keeps the whole state in the browser document; answers with the reason when it was not kept */
async function kept(ledger: BrowserLedger, next: ResponsibilityState): Promise<string | undefined> {
  const doc = ledger.responsibility
  const written = doc.write(next)
  if (!written.ok) {
    storageIssueReported({ store: doc.key, reason: 'write_failed' })
    return (await words()).notSaved(written.failure.message)
  }
  responsibilityShown(next)
  // The versions too: a 分解表 previewed after this change names them, and must not be refused as stale.
  await responsibilityRefreshed()
  return undefined
}

/** Shows what the ledger holds after a 名录 change (a rename also changed assignments) */
async function directoryKept(outcome: Outcome<unknown>): Promise<string | undefined> {
  if (!outcome.ok) return (await words()).notSaved(outcome.failure.message)
  await responsibilityRefreshed()
  return undefined
}

export async function unitAdded(name: string, kind: UnitKind): Promise<string | undefined> {
  const problem = (await rules()).unitNameProblem(getResponsibility().units, name)
  if (problem) return problem
  return directoryKept(await (await activeLedger()).directory.unitAdded({ name: name.trim(), kind }))
}

/** On the server a rename is one transaction and one event in the history; it reaches every assignment */
export async function unitRenamed(from: string, to: string): Promise<string | undefined> {
  const problem = (await rules()).unitNameProblem(getResponsibility().units, to, from)
  if (problem) return problem
  return directoryKept(await (await activeLedger()).directory.unitChanged(from, { name: to.trim() }))
}

/** A retired unit keeps its assignments and history; it is only no longer offered in choosers */
export async function unitRetired(name: string, retired = true): Promise<string | undefined> {
  return directoryKept(await (await activeLedger()).directory.unitChanged(name, { retired }))
}

export async function leaderAdded(name: string, title?: string): Promise<string | undefined> {
  const parsed = (await rules()).leaderSchema.safeParse({ name, ...(title?.trim() && { title }) })
  if (!parsed.success) return '领导姓名应为1至40个字'
  if (getResponsibility().leaders.some((l) => l.name === parsed.data.name))
    return `已有领导：${parsed.data.name}`
  return directoryKept(await (await activeLedger()).directory.leaderSaved(parsed.data))
}

export async function leaderRemoved(name: string): Promise<string | undefined> {
  return directoryKept(await (await activeLedger()).directory.leaderRemoved(name))
}

/**
 * Sets one item's assignment, replacing the one before; answers with a problem when it was not kept. `baseVersion`
 * is the version the editor started from ('0': none yet): a 分解 someone saved since is refused, never overwritten.
 */
export async function assignmentChanged(
  assignment: Assignment,
  baseVersion?: string,
): Promise<string | undefined> {
  const valid = (await rules()).assignmentSchema.parse(assignment)
  // Read once the ledger is in: the store then shows what is stored, so the write keeps every other assignment.
  const ledger = await activeLedger()
  const state = getResponsibility()
  const browser = browserOf(ledger)
  if (browser)
    return kept(browser, {
      ...state,
      assignments: [...state.assignments.filter((a) => a.itemId !== valid.itemId), valid],
    })
  const saved = await ledger.assignments.put(valid, baseVersion ?? assignmentVersion(valid.itemId))
  if (!saved.ok) {
    // A stale save brings back what is stored now: shown on the item, so the user compares before saving again
    const current =
      saved.failure.code === 'conflict' && (saved.failure.current as Versioned<Assignment> | null)
    if (current) assignmentKept(current)
    return (await words()).notSaved(saved.failure.message)
  }
  assignmentKept(saved.value)
  return undefined
}

/** A 分解表 import refused because the 分解 changed after its preview: the items known to have changed */
export type StaleImport = { itemIds: string[] }

/** The browser names every stale item; the server answers with the stored record of the first it met */
function staleIds(current: unknown): string[] {
  if (Array.isArray(current)) return current.filter((id): id is string => typeof id === 'string')
  const id = current && typeof current === 'object' && 'itemId' in current ? current.itemId : undefined
  return typeof id === 'string' ? [id] : []
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
): Promise<{ added: number; replaced: number; problem?: string; stale?: StaleImport }> {
  const { assignmentSchema, unitSchema } = await rules()
  const ledger = await activeLedger()
  const current = getResponsibility()
  const unitNames = new Set(current.units.map((u) => u.name))
  const leaderNames = new Set(current.leaders.map((l) => l.name))
  const kept = await ledger.directory.imported({
    assignments: [...new Map(assignments.map((a) => [a.itemId, assignmentSchema.parse(a)])).values()],
    units: newUnits.filter((u) => !unitNames.has(u.name)).map((u) => unitSchema.parse(u)),
    leaders: newLeaders.filter((l) => !leaderNames.has(l.name)),
    versions,
  })
  if (!kept.ok && kept.failure.code === 'conflict') {
    // Nothing was written: show what is stored now, so the same file can be previewed again against it.
    await responsibilityRefreshed()
    const problem = (await words()).importNotSaved(kept.failure.message)
    return { added: 0, replaced: 0, problem, stale: { itemIds: staleIds(kept.failure.current) } }
  }
  if (!kept.ok) {
    const doc = browserOf(ledger)?.responsibility
    if (doc) storageIssueReported({ store: doc.key, reason: 'write_failed' })
    return { added: 0, replaced: 0, problem: (await words()).importNotSaved(kept.failure.message) }
  }
  await responsibilityRefreshed()
  return kept.value
}

export async function assignmentsReloaded(): Promise<void> {
  storageReloaded()
  await responsibilityRefreshed()
}
