import { useDataset } from '@/data/dataset/use-dataset'
import { selectItemGroups } from '@/monitoring/item-groups'
import { zhAssign } from '@/i18n/zh-assign'
import { indicatorItem, taskItem } from '@/monitoring/item'
import { useAssignments } from '@/stores/use-assignments'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import { AssignExchange } from './assign-exchange'
import { ItemRow } from './item-row'
import { LeaderList } from './leader-list'
import { UnitDirectory } from './unit-directory'

const a = zhAssign

// 任务分解: the 单位名录 and 责任领导, the 分解表 in and out, then every 2023 target and task with its assignment.
export function AssignView() {
  const data = useDataset()
  const assignments = useAssignments()
  const groups = selectItemGroups(data)
  const total = groups.reduce((n, g) => n + g.targets.length + g.tasks.length, 0)
  const assigned = assignments.filter((x) => x.leadUnit).length
  const admin = mayAdminister(useAccount())
  return (
    <section aria-labelledby="assign-title" className="flex flex-col gap-4">
      <div>
        <h2 id="assign-title" className="text-xl font-semibold text-slate-900">
          {a.title}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{a.intro}</p>
        {!admin && <p className="mt-1 text-sm font-medium text-slate-800">{a.readOnly}</p>}
      </div>
      {/* The 名录 forms and the 分解表 import are desk tools: on paper each item's row names its units. */}
      <section
        aria-labelledby="directory-title"
        data-print-hide
        className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h3 id="directory-title" className="font-semibold text-slate-900">
          {a.directoryTitle}
        </h3>
        <UnitDirectory />
        <LeaderList />
      </section>
      <div data-print-hide className="contents">
        <AssignExchange />
      </div>
      <p className="text-sm text-slate-700">{a.assignedCount(assigned, total)}</p>
      {groups.map((g) => (
        <section key={g.sector.id} aria-labelledby={`assign-${g.sector.id}`} className="flex flex-col gap-2">
          <h3 id={`assign-${g.sector.id}`} className="text-lg font-semibold text-slate-900">
            {g.sector.short}
          </h3>
          <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {g.targets.map((t) => (
              <ItemRow key={t.id} item={indicatorItem(t, g.sector)} />
            ))}
            {g.tasks.map((t) => (
              <ItemRow key={t.id} item={taskItem(t, g.sector)} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
