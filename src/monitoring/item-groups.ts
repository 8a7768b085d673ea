import type { Dataset, Indicator, Sector, Task } from '@/data/dataset/schema'
import { matchesText } from '@/lib/match-text'

// The progress tab's outline: every 2023 target and task, under its sector, in the report's order.

export type ItemGroup = { sector: Sector; targets: Indicator[]; tasks: Task[] }
/** 按领域筛选 (sector ids; none or only unknown ones = all) and 搜索事项 (names and quotes) */
export type ItemFilters = { sector: readonly string[]; q: string }

export function selectItemGroups(
  dataset: Dataset,
  keep: (id: string) => boolean = () => true,
  filters: ItemFilters = { sector: [], q: '' },
): ItemGroup[] {
  const known = new Set(dataset.sectors.map((s) => s.id))
  const chosen = new Set(filters.sector.filter((id) => known.has(id)))
  const shown = (item: { id: string; sector: string; name: string; quote: string }) =>
    (chosen.size === 0 || chosen.has(item.sector)) &&
    matchesText(filters.q, [item.name, item.quote]) &&
    keep(item.id)
  return [...dataset.sectors]
    .sort((a, b) => a.order - b.order)
    .map((sector) => ({
      sector,
      targets: dataset.indicators.filter((i) => i.kind === 'target' && i.sector === sector.id && shown(i)),
      tasks: dataset.tasks.filter((t) => t.sector === sector.id && shown(t)),
    }))
    .filter((g) => g.targets.length + g.tasks.length > 0)
}
