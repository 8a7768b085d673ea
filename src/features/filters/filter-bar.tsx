import { useMemo } from 'react'
import { CheckboxGroup } from '@/components/ui/checkbox-group'
import { statusOrder } from '@/components/status-badge'
import { countStatuses } from '@/monitoring/status'
import { useDataset } from '@/data/dataset/use-dataset'
import { hasFilters } from '@/data/select/has-filters'
import { MEASURES } from '@/data/dataset/measures'
import type { Dataset } from '@/data/dataset/schema'
import { sortSectors } from '@/data/select/select-counts'
import { KINDS, updateUrlState, useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { useStatuses } from '@/stores/use-statuses'
import { ResponsibilityFilters } from './responsibility-filters'
import { buttonClass } from '@/components/ui/button'

const kindOptions = KINDS.map((value) => ({ value, label: zh.kinds[value] }))
const measureOptions = MEASURES.map((value) => ({ value, label: zh.measures[value] }))
const sectorOptions = (d: Dataset) => sortSectors(d.sectors).map((s) => ({ value: s.id, label: s.short }))

// Every filter reads from and writes to the URL, so a filtered view is a link and back/forward undo it.
// The text search sits in the view bar at the top of the page (search-box.tsx), reachable from the first screen.
export function FilterBar() {
  const sectors = useDataset(sectorOptions)
  const state = useUrlState()
  const statuses = useStatuses()
  const statusOptions = useMemo(() => {
    const counts = countStatuses(statuses)
    return statusOrder.map((value) => ({
      value,
      label: zh.statusOption(zh.status[value], counts.get(value) ?? 0),
    }))
  }, [statuses])
  return (
    <form
      role="search"
      aria-label={zh.filtersTitle}
      onSubmit={(e) => {
        e.preventDefault()
      }}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <CheckboxGroup
        legend={zh.filterSector}
        options={sectors}
        selected={state.sector}
        urlParam="sector"
        onChange={(sector) => {
          updateUrlState({ sector })
        }}
      />
      <CheckboxGroup
        legend={zh.filterKind}
        options={kindOptions}
        selected={state.kind}
        urlParam="kind"
        onChange={(kind) => {
          updateUrlState({ kind })
        }}
      />
      <CheckboxGroup
        legend={zh.filterMeasure}
        options={measureOptions}
        selected={state.measure}
        urlParam="measure"
        onChange={(measure) => {
          updateUrlState({ measure })
        }}
      />
      <CheckboxGroup
        legend={zh.filterStatus}
        hint={zh.filterStatusHint}
        options={statusOptions}
        selected={state.status}
        urlParam="status"
        onChange={(status) => {
          updateUrlState({ status })
        }}
      />
      <ResponsibilityFilters />
      {hasFilters(state) && (
        <button
          type="button"
          onClick={() => {
            updateUrlState({ sector: [], kind: [], measure: [], q: '', status: [], unit: [], leader: [] })
          }}
          className={buttonClass('secondary', 'sm', 'self-start')}
        >
          {zh.clearFilters}
        </button>
      )}
    </form>
  )
}
