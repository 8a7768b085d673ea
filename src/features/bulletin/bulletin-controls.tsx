import { PeriodSelect } from '@/components/period-select'
import { zh } from '@/i18n/zh'
import { buttonClass } from '@/components/ui/button'

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
        className={buttonClass('primary', 'md')}
      >
        {r.print}
      </button>
      <p className="text-sm text-slate-600">{r.printHint}</p>
    </div>
  )
}
