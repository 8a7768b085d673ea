import type { ProgressEntry } from '@/data/dataset/schema'
import { monthOf } from '@/monitoring/period'
import { zh } from '@/i18n/zh'
import { zhEntryForm } from '@/i18n/zh-entry-form'
import { describeEntry } from '@/monitoring/format-entry'
import type { Item } from '@/monitoring/item'

const t = zhEntryForm

// A second entry for the same item and month: say what is there and ask before replacing it.
export function ReplaceConfirm({
  item,
  existing,
  onReplace,
  onKeep,
}: {
  item: Item
  existing: ProgressEntry
  onReplace: () => void
  onKeep: () => void
}) {
  return (
    <div
      role="alertdialog"
      aria-label={t.replaceTitle}
      aria-describedby={`replace-${existing.id}`}
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 sm:col-span-2 lg:col-span-4"
    >
      <p id={`replace-${existing.id}`} className="min-w-0 flex-1 basis-64">
        {t.replaceQuestion(zh.period(monthOf(existing.asOf)), describeEntry(existing, item.indicator))}
      </p>
      <button
        type="button"
        autoFocus
        onClick={onReplace}
        className="rounded-md bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        {t.replace}
      </button>
      <button
        type="button"
        onClick={onKeep}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {t.keep}
      </button>
    </div>
  )
}
