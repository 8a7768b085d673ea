import type { Assignment } from './responsibility'

// 按牵头单位筛选 / 按责任领导筛选: which items the unit and leader filters in the URL keep, the same on every tab.

export type ResponsibilityFilters = { unit: readonly string[]; leader: readonly string[] }
/** Whether an item (2023 target or task id) passes the responsibility filters */
export type Responsible = (itemId: string) => boolean

/** The units that lead an item: its 牵头单位 and each sub-item's own unit */
export function leadUnitsOf(a: Assignment): string[] {
  return [...new Set([...(a.leadUnit ? [a.leadUnit] : []), ...a.subItems.map((s) => s.leadUnit)])]
}

/** undefined when neither filter is set (everything passes, 2022 outcomes too); else a test by item id */
export function responsibilityFilter(
  assignments: readonly Assignment[],
  { unit, leader }: ResponsibilityFilters,
): Responsible | undefined {
  if (unit.length === 0 && leader.length === 0) return undefined
  const kept = new Set(
    assignments
      .filter(
        (a) =>
          (unit.length === 0 || leadUnitsOf(a).some((u) => unit.includes(u))) &&
          (leader.length === 0 || (a.leader !== undefined && leader.includes(a.leader))),
      )
      .map((a) => a.itemId),
  )
  return (id) => kept.has(id)
}
