import type { Dataset, Indicator, Sector, Task } from '@/data/dataset/schema'

// The progress tab's outline: every 2023 target and task, under its sector, in the report's order.

export type ItemGroup = { sector: Sector; targets: Indicator[]; tasks: Task[] }

export function selectItemGroups(dataset: Dataset, keep: (id: string) => boolean = () => true): ItemGroup[] {
  return [...dataset.sectors]
    .sort((a, b) => a.order - b.order)
    .map((sector) => ({
      sector,
      targets: dataset.indicators.filter((i) => i.kind === 'target' && i.sector === sector.id && keep(i.id)),
      tasks: dataset.tasks.filter((t) => t.sector === sector.id && keep(t.id)),
    }))
    .filter((g) => g.targets.length + g.tasks.length > 0)
}
