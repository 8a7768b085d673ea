import { useId } from 'react'
import { updateUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { formatPeriod } from '@/monitoring/period'

const r = zh.bulletin
const months = Array.from({ length: 12 }, (_, i) => i + 1)

// 本期 (the 截至 month) and 打印: screen only, never on paper.
export function BulletinControls({ month, defaultMonth }: { month: number; defaultMonth: number }) {
  const id = useId()
  return (
    <div
      role="group"
      aria-label={r.controlsLabel}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {r.asOf}
        </label>
        <select
          id={id}
          value={month}
          onChange={(e) => {
            const next = Number(e.target.value)
            updateUrlState({ period: next === defaultMonth ? '' : formatPeriod(next) }, { replace: true })
          }}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700"
        >
          {months.map((m) => (
            <option key={m} value={m}>
              {`${r.monthOption(m)}${m === defaultMonth ? r.defaultMonth : ''}`}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => {
          window.print()
        }}
        className="rounded-md bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        {r.print}
      </button>
      <p className="text-sm text-slate-600">{r.printHint}</p>
    </div>
  )
}
