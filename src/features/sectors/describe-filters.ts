import { describeUrlFilters } from '@/data/describe-url-state'
import type { UrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'

// A panel is one sector already: its exported image names every other filter in the URL.
const omitSector = { omit: ['sector'] } as const
const sectorIds = { sector: (id: string) => id }

/** What narrows a panel, in words for exported images: "筛选：2023年目标、增速、搜索“农田”" */
export function describeFilters(state: UrlState): string | undefined {
  const words = describeUrlFilters(state, sectorIds, omitSector)
  return words ? `${zh.filteredBy}${words}` : undefined
}
