import type { ReactNode } from 'react'
import { StatusRuleHelp } from '@/components/status-rule-help'
import { useDataset } from '@/data/dataset/use-dataset'
import { selectItemGroups } from '@/monitoring/item-groups'
import { useUrlValue } from '@/data/url-state'
import { zhMonitor } from '@/i18n/zh-monitor'
import { useServerMode } from '@/stores/use-session'
import { useResponsible } from '@/stores/use-responsible'
import { useStatuses, useStatusSettings } from '@/stores/use-statuses'
import { LocalStoreNotice } from './local-store-notice'
import { MonitorSettingsBar } from './monitor-settings-bar'
import { SectorGroup } from './sector-group'
import { StatusSummary } from '@/components/status-summary'
import { UndoToast } from './undo-toast'

const m = zhMonitor

// 进度监测: every 2023 target and task by sector, its latest entry and status, and where to record progress.
/**
 * tools: what the app puts beside the settings (import and export); filters: the search, sector and
 * responsibility filters; both from the app, so this feature needs not know them
 */
export function ProgressView({ tools, filters }: { tools?: ReactNode; filters?: ReactNode }) {
  const data = useDataset()
  const statuses = useStatuses()
  const { month, tolerancePp } = useStatusSettings()
  const filter = useUrlValue('status')
  const sector = useUrlValue('sector')
  const q = useUrlValue('q')
  const responsible = useResponsible()
  const server = useServerMode()
  const groups = selectItemGroups(
    data,
    (id) => {
      const s = statuses.get(id)?.status
      const statusOk = filter.length === 0 || (s !== undefined && filter.includes(s))
      return statusOk && (!responsible || responsible(id))
    },
    { sector, q },
  )

  return (
    <section aria-labelledby="progress-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="progress-title" className="text-xl font-semibold text-slate-900">
            {m.title}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {m.intro}
            {server ? m.storedIn.server : m.storedIn.browser}
          </p>
        </div>
        <StatusRuleHelp month={month} tolerance={tolerancePp} />
      </div>
      <LocalStoreNotice />
      <MonitorSettingsBar />
      {tools}
      {filters}
      <StatusSummary statuses={statuses} />
      {groups.length === 0 && <p className="text-slate-600">{m.emptyFiltered}</p>}
      {groups.map((g) => (
        <SectorGroup key={g.sector.id} group={g} statuses={statuses} defaultMonth={month} />
      ))}
      <UndoToast />
    </section>
  )
}
