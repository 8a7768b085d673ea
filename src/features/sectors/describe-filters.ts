import type { Filters } from '@/data/select/select-filter'
import { zh } from '@/i18n/zh'

/** What narrows a panel, in words for exported images: "筛选：2023年目标、增速、搜索“农田”" */
export function describeFilters(
  { kind, measure, q, status }: Filters,
  { unit, leader }: { unit: readonly string[]; leader: readonly string[] } = { unit: [], leader: [] },
): string | undefined {
  const parts = [
    ...(unit.length ? [zh.scopeUnit(unit.join('、'))] : []),
    ...(leader.length ? [zh.scopeLeader(leader.join('、'))] : []),
    ...kind.map((k) => zh.kinds[k]),
    ...measure.map((m) => zh.measures[m]),
    ...status.map((s) => zh.status[s]),
    ...(q.trim() ? [zh.searchFor(q.trim())] : []),
  ]
  return parts.length > 0 ? `${zh.filteredBy}${parts.join('、')}` : undefined
}
