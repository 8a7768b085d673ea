import type { RestorePlan } from '@/data/exchange/restore'
import { zhExchange } from '@/i18n/zh-exchange'

const x = zhExchange

// The settings and 单位名录/分解 a backup brings back, listed before 确认导入 like its entries.
export function RestorePreview({ plan }: { plan: RestorePlan }) {
  const lines = [
    ...plan.settings.map(({ key, before, after }) =>
      key === 'tolerancePp' ? x.restoreTolerance(before, after) : x.restoreDueDay(before, after),
    ),
    ...(plan.units.length ? [x.restoreUnits(plan.units.map((u) => u.name).join('、'))] : []),
    ...(plan.leaders.length ? [x.restoreLeaders(plan.leaders.map((l) => l.name).join('、'))] : []),
    ...(plan.assignments.length
      ? [x.restoreAssignments(plan.assignments.length - plan.replaced, plan.replaced)]
      : []),
  ]
  if (lines.length === 0) return null
  return (
    <section aria-label={x.restoreTitle}>
      <h4 className="mb-1 font-semibold">{x.restoreTitle}</h4>
      <ul className="list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  )
}
