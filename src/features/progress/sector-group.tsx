import type { ProgressGroup } from '@/data/select-progress-groups'
import type { StatusResult } from '@/data/status'
import { zh } from '@/i18n/zh'
import { TargetRow } from './target-row'

const m = zh.monitor
const noData: StatusResult = { status: 'no_data' }

// One sector's targets, then its tasks.
export function SectorGroup(props: {
  group: ProgressGroup
  statuses: ReadonlyMap<string, StatusResult>
  defaultMonth: number
}) {
  const { group, statuses, defaultMonth } = props
  const headingId = `progress-sector-${group.sector.id}`
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold text-slate-900">
        {group.sector.short}
        <span className="ml-2 text-sm font-normal text-slate-500">{group.sector.heading}</span>
      </h3>
      {group.targets.length > 0 && (
        <>
          <h4 className="mt-2 text-sm font-medium text-slate-600">{m.targetsHeading}</h4>
          <ul className="divide-y divide-slate-100">
            {group.targets.map((t) => (
              <TargetRow
                key={t.id}
                item={{ id: t.id, name: t.name, target: t }}
                result={statuses.get(t.id) ?? noData}
                defaultMonth={defaultMonth}
              />
            ))}
          </ul>
        </>
      )}
      {group.tasks.length > 0 && (
        <>
          <h4 className="mt-2 text-sm font-medium text-slate-600">{m.tasksHeading}</h4>
          <ul className="divide-y divide-slate-100">
            {group.tasks.map((t) => (
              <TargetRow
                key={t.id}
                item={{ id: t.id, name: t.name }}
                result={statuses.get(t.id) ?? noData}
                defaultMonth={defaultMonth}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
