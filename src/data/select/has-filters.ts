import type { UrlState } from '@/data/url-state'
import type { Filters } from './select-filter'

// Apart from select-filter.ts: the filter bar (first screen) asks only this, the panels' code (loaded later) the rest.

/** Whether the URL narrows the dashboard at all (清除筛选 is offered then) */
export function hasFilters(f: Filters & Partial<Pick<UrlState, 'unit' | 'leader'>>): boolean {
  const responsibility = (f.unit?.length ?? 0) + (f.leader?.length ?? 0)
  return (
    f.sector.length + f.kind.length + f.measure.length + f.status.length + responsibility > 0 ||
    f.q.trim() !== ''
  )
}
