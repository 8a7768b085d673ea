import { CheckboxGroup } from '@/components/ui/checkbox-group'
import { useDataset } from '@/data/dataset/use-dataset'
import { sortSectors } from '@/data/select/select-counts'
import type { Dataset } from '@/data/dataset/schema'
import { updateUrlState, useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { ResponsibilityFilters } from './responsibility-filters'
import { SearchBox } from './search-box'

const sectorOptions = (d: Dataset) => sortSectors(d.sectors).map((s) => ({ value: s.id, label: s.short }))

// The filters of 进度监测 and 通报: the same URL values as the dashboard's, so they carry across the tabs.
export function ItemFilters({ search = true }: { search?: boolean }) {
  const sectors = useDataset(sectorOptions)
  const { sector, unit, leader, q } = useUrlState()
  const any = sector.length + unit.length + leader.length > 0 || q.trim() !== ''
  return (
    <form
      role="search"
      aria-label={zh.filtersTitle}
      onSubmit={(e) => {
        e.preventDefault()
      }}
      className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 md:grid-cols-2 print:hidden"
    >
      {search && <SearchBox label={zh.searchItems} placeholder={zh.searchItemsPlaceholder} />}
      <CheckboxGroup
        legend={zh.filterSector}
        options={sectors}
        selected={sector}
        onChange={(next) => {
          updateUrlState({ sector: next })
        }}
      />
      <ResponsibilityFilters />
      {any && (
        <button
          type="button"
          onClick={() => {
            updateUrlState({ sector: [], unit: [], leader: [], q: '' })
          }}
          className="self-start justify-self-start rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:border-red-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700"
        >
          {zh.clearFilters}
        </button>
      )}
    </form>
  )
}
