import { useId, useState } from 'react'
import type { Indicator } from '@/data/dataset/schema'
import { zhItemLedger } from '@/i18n/zh-item-ledger'
import { mayInstruct } from '@/monitoring/permissions'
import { instructionAdded, useItemRecords, type LedgerEvent } from '@/stores/use-server-records'
import { useAccount } from '@/stores/use-session'
import { formatDateTime } from '@/lib/format'
import { describeChange } from './ledger-event-text'

const t = zhItemLedger

function EventLine({ event, target }: { event: LedgerEvent; target?: Indicator }) {
  const change = describeChange(event, target)
  return (
    <li className="py-1 text-sm">
      <span className="text-slate-500">{formatDateTime(event.at)}</span>{' '}
      <span className="font-medium">{event.actorName ?? event.actor}</span>{' '}
      {t.kinds[event.kind] ?? event.kind}：{change.before} → {change.after}
    </li>
  )
}

// An item's 领导批示 and 台账记录 on the shared server: who changed what, when, before → after; nothing overwritten.
export function ItemLedger({
  itemId,
  itemName,
  target,
}: {
  itemId: string
  itemName: string
  target?: Indicator
}) {
  const id = useId()
  const account = useAccount()
  const records = useItemRecords(itemId)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState('')
  if (!account) return null

  async function add() {
    const added = await instructionAdded(itemId, text.trim())
    if (!added.ok) setProblem(t.instructionFailed(added.failure.message))
    else {
      setText('')
      setProblem('')
    }
  }

  return (
    <div className="mt-3 grid gap-3 lg:grid-cols-2">
      <section aria-label={`${itemName}${t.instructions}`}>
        <h5 className="text-sm font-medium text-slate-700">{t.instructions}</h5>
        {records?.instructions.length === 0 && <p className="text-sm text-slate-500">{t.noInstructions}</p>}
        <ul className="divide-y divide-slate-100">
          {records?.instructions.map((c) => (
            <li key={c.id} className="py-1 text-sm">
              <span className="font-medium">{c.authorName ?? c.author}</span>{' '}
              <span className="text-slate-500">{formatDateTime(c.at)}</span>
              <p className="whitespace-pre-wrap">{c.text}</p>
            </li>
          ))}
        </ul>
        {mayInstruct(account) && (
          <form
            className="mt-1 flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault()
              // An empty 批示 is not sent; say why rather than ignore the click
              if (text.trim()) void add()
              else setProblem(t.instructionEmpty)
            }}
          >
            <label htmlFor={`${id}-text`} className="sr-only">
              {t.instructionField}
            </label>
            <textarea
              id={`${id}-text`}
              value={text}
              rows={2}
              maxLength={1000}
              placeholder={t.instructionField}
              className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-sm"
              onChange={(e) => {
                setText(e.target.value)
              }}
            />
            <button
              type="submit"
              className="rounded-md bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
            >
              {t.addInstruction}
            </button>
            {problem && (
              <p role="alert" className="basis-full text-sm text-red-800">
                {problem}
              </p>
            )}
          </form>
        )}
      </section>
      <section aria-label={`${itemName}${t.timeline}`}>
        <h5 className="text-sm font-medium text-slate-700">{t.timeline}</h5>
        {!records && <p className="text-sm text-slate-500">{t.loading}</p>}
        {records?.problem && <p className="text-sm text-red-800">{records.problem}</p>}
        {records?.events.length === 0 && <p className="text-sm text-slate-500">{t.noEvents}</p>}
        <ol className="divide-y divide-slate-100">
          {records?.events.map((e) => (
            <EventLine key={e.id} event={e} target={target} />
          ))}
        </ol>
      </section>
    </div>
  )
}
