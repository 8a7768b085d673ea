import { useId } from 'react'
import { zhChase } from '@/i18n/zh-chase'
import { chaseMessage, dueDateText, type OwingUnit } from '@/monitoring/chase'
import { periodMonth } from '@/monitoring/period'
import { useChase } from '@/stores/use-chase'
import { CopyButton } from './copy-button'

const c = zhChase
const ISSUER = '祁东县人民政府督查室'

// 催报: for 本期, the units that owe a figure with their items, and a ready 催报通知 for the work group.
export function ChasePanel() {
  const titleId = useId()
  const { missing, late, unassigned, period, dueDay } = useChase()
  const due = dueDateText(period, dueDay)
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={titleId} className="font-semibold text-slate-900">
          {c.title}
        </h3>
        <p className="text-sm text-slate-600">{c.lead(periodMonth(period), due)}</p>
      </div>
      {missing.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {unassigned.length ? c.allUnassigned(unassigned.length) : c.none}
        </p>
      ) : (
        <>
          <UnitList units={missing} labelledBy={titleId} />
          <div className="mt-3">
            <CopyButton
              label={c.copy}
              text={chaseMessage(missing, period, dueDay, { issuer: ISSUER, today: new Date() })}
            />
          </div>
        </>
      )}
      {missing.length > 0 && unassigned.length > 0 && (
        <p className="mt-2 text-sm text-slate-600">{c.unassigned(unassigned.length)}</p>
      )}
      {late.length > 0 && (
        <div className="mt-3">
          <h4 id={`${titleId}-late`} className="text-sm font-medium text-slate-800">
            {c.lateTitle}
          </h4>
          <UnitList units={late} labelledBy={`${titleId}-late`} />
        </div>
      )}
    </section>
  )
}

function UnitList({ units, labelledBy }: { units: readonly OwingUnit[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="mt-2 divide-y divide-slate-100 text-sm">
      {units.map((u) => (
        <li key={u.unit} className="flex flex-wrap gap-x-2 py-1.5">
          <span className="font-medium text-slate-900">{c.unit(u.unit, u.items.length)}</span>
          <span className="min-w-0 text-slate-700">
            {u.items.map((i) => c.item(i.name, periodMonth(i.due))).join('、')}
          </span>
        </li>
      ))}
    </ul>
  )
}
