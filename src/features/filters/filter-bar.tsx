import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { CheckboxGroup } from '@/components/ui/checkbox-group'
import { statusOrder } from '@/components/status-badge'
import { countStatuses } from '@/monitoring/status'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { hasFilters } from '@/data/select/select-filter'
import { measureSchema, type Dataset } from '@/data/dataset/schema'
import { sortSectors } from '@/data/select/select-counts'
import { updateUrlState, useUrlState, type Kind } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { useStatuses } from '@/stores/use-statuses'
import { ResponsibilityFilters } from './responsibility-filters'
import { SearchBox } from './search-box'
import { buttonClass } from '@/components/ui/button'

const kinds: Kind[] = ['outcome', 'target', 'task']
const kindOptions = kinds.map((value) => ({ value, label: zh.kinds[value] }))
const measureOptions = measureSchema.options.map((value) => ({ value, label: zh.measures[value] }))
const sectorOptions = (d: Dataset) => sortSectors(d.sectors).map((s) => ({ value: s.id, label: s.short }))

// Every filter reads from and writes to the URL, so a filtered view is a link and back/forward undo it.
export function FilterBar() {
  const { data: sectors } = useSuspenseQuery({ ...datasetQuery, select: sectorOptions })
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
      <SearchBox />
      <CheckboxGroup
        legend={zh.filterSector}
        options={sectors}
        selected={state.sector}
        onChange={(sector) => {
          updateUrlState({ sector })
        }}
      />
      <CheckboxGroup
        legend={zh.filterKind}
        options={kindOptions}
        selected={state.kind}
        onChange={(kind) => {
          updateUrlState({ kind })
        }}
      />
      <CheckboxGroup
        legend={zh.filterMeasure}
        options={measureOptions}
        selected={state.measure}
        onChange={(measure) => {
          updateUrlState({ measure })
        }}
      />
      <CheckboxGroup
        legend={zh.filterStatus}
        hint={zh.filterStatusHint}
        options={statusOptions}
        selected={state.status}
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
