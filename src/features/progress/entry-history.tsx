import { useState } from 'react'
import type { ProgressEntry } from '@/data/dataset/schema'
import { monthOf } from '@/monitoring/period'
import { zh } from '@/i18n/zh'
import { zhHistory } from '@/i18n/zh-history'
import { zhLedger } from '@/i18n/zh-ledger'
import { formatDay } from '@/lib/format'
import { mayReview } from '@/monitoring/permissions'
import { entryDeleted, useItemEntries } from '@/stores/use-progress'
import { useAccount } from '@/stores/use-session'
import { EntryForm } from './entry-form'
import { describeEntry } from '@/monitoring/format-entry'
import type { Item } from '@/monitoring/item'
import { EntryNarrative } from './entry-narrative'
import { ReviewControls } from './review-controls'
import { ReviewStatus } from './review-status'
import { undoOffered } from './use-undo'
import { buttonClass } from '@/components/ui/button'

const h = zhHistory
const rowButton = buttonClass('secondary', 'xs')

// A target's entries, newest month first, each with 编辑 and 删除; both can be undone from the toast.
export function EntryHistory({
  item,
  defaultMonth,
  mayEdit = true,
}: {
  item: Item
  defaultMonth: number
  /** false: this account may not record for the item, so no 编辑 or 删除 is offered */
  mayEdit?: boolean
}) {
  const reviewer = mayReview(useAccount())
  const entries = useItemEntries(item.id)
  const [editing, setEditing] = useState<string | null>(null)
  const [failure, setFailure] = useState('')
  const listId = `history-${item.id}`
  const period = (e: ProgressEntry) => zh.period(monthOf(e.asOf))

  return (
    <section aria-label={`${item.name}${h.heading}`} className="mt-3">
      <h5 className="text-sm font-medium text-slate-700">{h.heading}</h5>
      {entries.length === 0 && <p className="text-sm text-slate-500">{h.empty}</p>}
      {failure && (
        <p role="alert" className="text-sm font-medium text-red-800">
          <span aria-hidden>⚠ </span>
          {failure}
        </p>
      )}
      <ul
        id={listId}
        tabIndex={-1}
        // Focus lands here after 撤销: it must show where it is.
        className="mt-1 divide-y divide-slate-100 focus:outline-2 focus:outline-offset-2 focus:outline-red-700"
      >
        {entries.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} className="py-2">
              <EntryForm
                item={item}
                defaultMonth={defaultMonth}
                editing={entry}
                onEdited={(before) => {
                  setEditing(null)
                  undoOffered(h.edited(item.name, period(before)), before, listId)
                }}
                onCancel={() => {
                  setEditing(null)
                }}
              />
            </li>
          ) : (
            <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-1.5 text-sm">
              <span className="font-medium">{describeEntry(entry, item.indicator)}</span>
              {entry.note && <span className="text-slate-600">{entry.note}</span>}
              <EntryNarrative entry={entry} />
              {entry.source && (
                <span className="text-slate-500">
                  {h.sourceLabel}
                  {entry.source}
                </span>
              )}
              <span className="text-xs text-slate-600">
                {h.recordedAt(formatDay(new Date(entry.recordedAt)))}
                {entry.recordedBy && ` · ${entry.recordedBy}`}
              </span>
              <ReviewStatus review={entry.review} />
              {reviewer && entry.review?.status === 'pending' && (
                <ReviewControls entryId={entry.id} label={`${item.name} ${period(entry)}`} />
              )}
              {mayEdit && (
                <span className="ml-auto flex gap-2">
                  <button
                    type="button"
                    aria-label={h.editLabel(period(entry))}
                    className={rowButton}
                    onClick={() => {
                      setEditing(entry.id)
                    }}
                  >
                    {h.edit}
                  </button>
                  <button
                    type="button"
                    aria-label={h.deleteLabel(period(entry))}
                    className={rowButton}
                    onClick={() => {
                      void entryDeleted(entry.id).then((deleted) => {
                        if (deleted.ok)
                          undoOffered(h.deleted(item.name, period(deleted.value)), deleted.value, listId)
                        else setFailure(zhLedger.notDeleted(deleted.failure.message))
                      })
                    }}
                  >
                    {h.delete}
                  </button>
                </span>
              )}
            </li>
          ),
        )}
      </ul>
    </section>
  )
}
