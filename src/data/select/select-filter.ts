import { selectSectorCounts, type SectorWithCounts } from './select-counts'
import { selectRows, type Row } from './select-rows'
import type { Dataset, Task } from '@/data/dataset/schema'
import type { UrlState } from '@/data/url-state'
import type { Status } from '@/monitoring/status'
import { matchesText } from '@/lib/match-text'

// What the sector panels show for the filters in the URL; pure, so every rule is testable.
export type Filters = Pick<UrlState, 'sector' | 'kind' | 'measure' | 'q' | 'status'>
/** The monitoring status of a 2023 target or task (status.ts); undefined for what is not monitored */
export type StatusOf = (id: string) => Status | undefined

const statusMatches = (id: string | undefined, status: readonly Status[], statusOf: StatusOf) => {
  if (status.length === 0) return true
  const s = id === undefined ? undefined : statusOf(id)
  return s !== undefined && status.includes(s)
}

/** A status filter keeps rows by their 2023 target's status: a 2022 outcome alone has none */
export function rowMatches(
  row: Row,
  { kind, measure, q, status }: Filters,
  statusOf: StatusOf = () => undefined,
): boolean {
  const sides = [row.outcome, row.target].filter((i) => i !== undefined)
  const kindOk = kind.length === 0 || sides.some((i) => kind.includes(i.kind))
  const measureOk = measure.length === 0 || sides.some((i) => measure.includes(i.measure))
  return (
    kindOk &&
    measureOk &&
    statusMatches(row.target?.id, status, statusOf) &&
    matchesText(
      q,
      sides.flatMap((i) => [i.name, i.quote]),
    )
  )
}

/** Tasks have no measure: a measure filter is a question about indicators, so it hides them */
export function taskMatches(
  task: Task,
  { kind, measure, q, status }: Filters,
  statusOf: StatusOf = () => undefined,
): boolean {
  return (
    (kind.length === 0 || kind.includes('task')) &&
    statusMatches(task.id, status, statusOf) &&
    measure.length === 0 &&
    matchesText(q, [task.name, task.quote])
  )
}

export type SectorView = SectorWithCounts & { rows: Row[]; tasks: Task[] }

/**
 * Every sector's panel under the filters, `shown` for the ones to display: the selected sectors (all when
 * none of the selected ids exists), minus those the other filters leave empty. Sectors not shown still
 * carry their rows, so a hidden panel is ready as it is when it comes back. `responsible`, when set (按牵头单位 /
 * 按责任领导筛选), keeps the rows and tasks whose 2023 item it passes, so a 2022-only row then has none.
 */
export function selectSectorViews(
  dataset: Dataset,
  filters: Filters,
  statusOf: StatusOf = () => undefined,
  responsible?: (id: string) => boolean,
): (SectorView & { shown: boolean })[] {
  const known = new Set(dataset.sectors.map((s) => s.id))
  const chosen = new Set(filters.sector.filter((id) => known.has(id)))
  const narrowed =
    filters.kind.length + filters.measure.length + filters.status.length > 0 ||
    filters.q.trim() !== '' ||
    responsible !== undefined
  const keeps = (id: string | undefined) => !responsible || (id !== undefined && responsible(id))
  const { rows, sectors } = datasetParts(dataset)
  return sectors.map(({ sector, counts }) => {
    const view = {
      sector,
      counts,
      rows: rows.filter(
        (r) => r.sector === sector.id && rowMatches(r, filters, statusOf) && keeps(r.target?.id),
      ),
      tasks: dataset.tasks.filter(
        (t) => t.sector === sector.id && taskMatches(t, filters, statusOf) && keeps(t.id),
      ),
    }
    const empty = view.rows.length + view.tasks.length === 0
    return { ...view, shown: (chosen.size === 0 || chosen.has(sector.id)) && !(narrowed && empty) }
  })
}

// The rows and sector counts of a dataset, worked out once: a filter click only filters them.
const parts = new WeakMap<Dataset, { rows: Row[]; sectors: SectorWithCounts[] }>()
function datasetParts(dataset: Dataset) {
  let known = parts.get(dataset)
  if (!known) {
    known = { rows: selectRows(dataset.indicators), sectors: selectSectorCounts(dataset) }
    parts.set(dataset, known)
  }
  return known
}
