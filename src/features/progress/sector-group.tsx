import type { ItemGroup } from '@/monitoring/item-groups'
import { StatusCounts } from '@/components/status-counts'
import { countStatuses, type StatusResult } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { zhMonitor } from '@/i18n/zh-monitor'
import { indicatorItem, taskItem, type Item } from '@/monitoring/item'
import { ItemRow } from './item-row'

const m = zhMonitor
const noData: StatusResult = { status: 'no_data' }

// One sector's targets, then its tasks.
export function SectorGroup(props: {
  group: ItemGroup
  statuses: ReadonlyMap<string, StatusResult>
  defaultMonth: number
}) {
  const { group, statuses, defaultMonth } = props
  const headingId = `progress-sector-${group.sector.id}`
  const lists: { heading: string; items: Item[] }[] = [
    { heading: m.targetsHeading, items: group.targets.map((i) => indicatorItem(i, group.sector)) },
    { heading: m.tasksHeading, items: group.tasks.map((t) => taskItem(t, group.sector)) },
  ]
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold text-slate-900">
        {group.sector.short}
        <span className="ml-2 text-sm font-normal text-slate-500">{group.sector.heading}</span>
      </h3>
      <StatusCounts
        counts={countStatuses(
          statuses,
          [...group.targets, ...group.tasks].map((i) => i.id),
        )}
        label={zh.monitor.sectorCounts(group.sector.short)}
      />
      {lists.map(
        (list) =>
          list.items.length > 0 && (
            <div key={list.heading}>
              <h4 className="mt-2 text-sm font-medium text-slate-600">{list.heading}</h4>
              <ul className="divide-y divide-slate-100">
                {list.items.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    result={statuses.get(item.id) ?? noData}
                    defaultMonth={defaultMonth}
                  />
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  )
}
