import { useDataset } from '@/data/dataset/use-dataset'
import { clearedFilters, describeUrlFilters, type FilterNames } from '@/data/describe-url-state'
import type { Dataset } from '@/data/dataset/schema'
import { updateUrlState, useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'

const t = zh.share

const namesOf = (d: Dataset): FilterNames => {
  const short = new Map(d.sectors.map((s) => [s.id, s.short]))
  return { sector: (id) => short.get(id) ?? id }
}

// "已筛选：乡村振兴、民生保障 · 清除" at the top of a narrowed view, so an opened link never looks unfiltered.
export function FilterNote() {
  const names = useDataset(namesOf)
  const state = useUrlState()
  const text = describeUrlFilters(state, names)
  if (!text) return null
  return (
    <p data-filter-note className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-sm text-slate-800">
      <span className="min-w-0 break-words">
        <span className="font-semibold text-red-800">{t.filtered}</span>
        {text}
      </span>
      <span aria-hidden className="text-slate-400">
        ·
      </span>
      <button
        type="button"
        aria-label={t.clearLabel}
        onClick={() => {
          updateUrlState(clearedFilters(state, names))
        }}
        className="rounded px-1 text-red-800 underline underline-offset-2 hover:text-red-900 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {t.clear}
      </button>
    </p>
  )
}
