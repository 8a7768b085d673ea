import { PeriodSelect } from '@/components/period-select'
import { zh } from '@/i18n/zh'

const r = zh.bulletin

// 本期 and 打印: screen only, never on paper.
export function BulletinControls() {
  return (
    <div
      role="group"
      aria-label={r.controlsLabel}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden"
    >
      <PeriodSelect />
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
