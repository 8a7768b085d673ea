import type { Dataset, Indicator, Sector } from './schema'

// What progress can be recorded against: every 2023 target indicator and every task, in report order.

export type MonitoredTarget = {
  id: string
  name: string
  sector: Sector
  /** Set for a target indicator; a task has none */
  indicator?: Indicator
}

/** Sector by sector in report order; within a sector the indicators first, then the tasks, as listed */
export function monitoredTargets(dataset: Dataset): MonitoredTarget[] {
  const sectors = [...dataset.sectors].sort((a, b) => a.order - b.order)
  return sectors.flatMap((sector) => [
    ...dataset.indicators
      .filter((i) => i.kind === 'target' && i.sector === sector.id)
      .map((i) => ({ id: i.id, name: i.name, sector, indicator: i })),
    ...dataset.tasks.filter((t) => t.sector === sector.id).map((t) => ({ id: t.id, name: t.name, sector })),
  ])
}
