import type { Assignment, Leader, ResponsibilityState, Unit } from '@/monitoring/responsibility'
import type { BackupExtras } from './format'
import type { MonitorSettings } from '@/data/dataset/schema'

// What restoring a backup's settings and 单位名录/分解 would change; only differences, so an own backup changes nothing.

export type RestorePlan = {
  /** Each setting whose value differs, with the value now and the file's */
  settings: { key: keyof MonitorSettings; before: number; after: number }[]
  /** Units and leaders the directory does not list yet (a listed one keeps its entry) */
  units: Unit[]
  leaders: Leader[]
  /** Assignments that are new, or that differ from the one now held for the same item */
  assignments: Assignment[]
  replaced: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function planRestore(
  extras: BackupExtras | undefined,
  current: { settings: MonitorSettings; responsibility: ResponsibilityState },
): RestorePlan {
  const settings = extras?.settings
    ? (Object.keys(current.settings) as (keyof MonitorSettings)[]).flatMap((key) => {
        const before = current.settings[key]
        const after = extras.settings?.[key] ?? before
        return before === after ? [] : [{ key, before, after }]
      })
    : []
  const file = extras?.responsibility ?? { units: [], leaders: [], assignments: [] }
  const { units, leaders, assignments } = current.responsibility
  const held = new Map(assignments.map((a) => [a.itemId, a]))
  const changed = file.assignments.filter((a) => !same(held.get(a.itemId), a))
  return {
    settings,
    units: file.units.filter((u) => !units.some((v) => v.name === u.name)),
    leaders: file.leaders.filter((l) => !leaders.some((m) => m.name === l.name)),
    assignments: changed,
    replaced: changed.filter((a) => held.has(a.itemId)).length,
  }
}

export const restoresNothing = (plan: RestorePlan) =>
  plan.settings.length + plan.units.length + plan.leaders.length + plan.assignments.length === 0
