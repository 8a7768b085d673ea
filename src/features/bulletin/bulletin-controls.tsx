import { PeriodSelect } from '@/components/period-select'
import { zhBulletin } from '@/i18n/zh-bulletin'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import { useSession } from '@/stores/use-session'
import { buttonClass } from '@/components/ui/button'

const r = zhBulletin

// 本期, 含待审核记录 (server only) and 打印: screen only, never on paper.
export function BulletinControls() {
  const server = useSession().mode === 'server'
  const withPending = useUrlValue('pending') === '1'
  return (
    <div
      role="group"
      aria-label={r.controlsLabel}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden"
    >
      <PeriodSelect />
      {server && (
        <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={withPending}
            onChange={(e) => {
              updateUrlState({ pending: e.target.checked ? '1' : '' }, { replace: true })
            }}
            className="size-4 accent-red-700"
          />
          {r.withPending}
        </label>
      )}
      <button
        type="button"
        onClick={() => {
          window.print()
        }}
        className={buttonClass('primary', 'md')}
      >
        {r.print}
      </button>
      <p className="pb-1.5 text-sm text-slate-600">{r.printHint}</p>
    </div>
  )
}
