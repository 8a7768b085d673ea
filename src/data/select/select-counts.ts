import type { Dataset, Sector } from '@/data/dataset/schema'

export type SectorCounts = { targets: number; outcomes: number; tasks: number }
export type SectorWithCounts = { sector: Sector; counts: SectorCounts }

/** Sectors in display order: the seven work areas first, then the extra ones, each by `order` */
export function sortSectors<T extends { workArea: boolean; order: number }>(sectors: readonly T[]): T[] {
  return [...sectors].sort((a, b) => Number(b.workArea) - Number(a.workArea) || a.order - b.order)
}

// How much of the report each sector carries: 2023 targets, 2022 outcomes, tasks.
export function selectSectorCounts({ sectors, indicators, tasks }: Dataset): SectorWithCounts[] {
  return sortSectors(sectors).map((sector) => ({
    sector,
    counts: {
      targets: indicators.filter((i) => i.sector === sector.id && i.kind === 'target').length,
      outcomes: indicators.filter((i) => i.sector === sector.id && i.kind === 'outcome').length,
      tasks: tasks.filter((t) => t.sector === sector.id).length,
    },
  }))
}
