import { useId, useState } from 'react'
import { LightBadge } from '@/components/light-badge'
import { ResponsibilityLine } from '@/components/responsibility-line'
import { StatusBadge } from '@/components/status-badge'
import { useLight } from '@/stores/use-light'
import { TermText } from '@/components/term-text'
import type { StatusResult } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { zhMonitor } from '@/i18n/zh-monitor'
import { mayRecord } from '@/monitoring/permissions'
import { useAssignment } from '@/stores/use-assignments'
import { useAccount } from '@/stores/use-session'
import { EntryForm } from './entry-form'
import { EntryHistory } from './entry-history'
import { ItemTrend } from './item-trend'
import { describeEntry, describeStatus } from '@/monitoring/format-entry'
import type { Item } from '@/monitoring/item'
import { ItemLedger } from './item-ledger'
import { ReportingHistory, ReportingNow } from './reporting-state'
import { buttonClass } from '@/components/ui/button'

const m = zhMonitor

// One target or task: its goal as the report words it, its latest entry and status; opens to record and review.
export function ItemRow({
  item,
  result,
  defaultMonth,
}: {
  item: Item
  result: StatusResult
  defaultMonth: number
}) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const account = useAccount()
  const assignment = useAssignment(item.id)
  const records = mayRecord(account, assignment)
  const detail = describeStatus(result)
  const light = useLight(item.id, result)
  return (
    <li className="py-2.5" data-progress-item={item.id}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="min-w-0 flex-1 basis-56">
          <span className="font-medium text-slate-900">
            <TermText text={item.name} />
          </span>
          {item.indicator && (
            <span className="block text-xs text-slate-500">
              {m.target}：<TermText text={item.indicator.quote} />
            </span>
          )}
          <ResponsibilityLine item={item} />
        </span>
        <span className="text-sm text-slate-700">
          {result.entry ? `${zh.monitor.latest}：${describeEntry(result.entry, item.indicator)}` : m.noEntry}
        </span>
        <StatusBadge status={result.status} detail={detail} />
        <LightBadge light={light.light} reasons={light.reasons} />
        <ReportingNow itemId={item.id} status={result.status} />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={records ? m.openEntries(item.name) : m.viewEntries(item.name)}
          onClick={() => {
            setOpen((o) => !o)
          }}
          className={buttonClass('secondary', 'sm')}
        >
          {records ? m.recordButton : m.viewButton}
          <span aria-hidden>{open ? ' ▴' : ' ▾'}</span>
        </button>
      </div>
      {detail && <p className="mt-0.5 text-xs text-slate-500">{detail}</p>}
      {open && (
        <div id={panelId} className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3">
          {records && <EntryForm item={item} defaultMonth={defaultMonth} />}
          <ReportingHistory itemId={item.id} name={item.name} />
          <EntryHistory item={item} defaultMonth={defaultMonth} mayEdit={records} />
          {item.indicator && <ItemTrend indicator={item.indicator} />}
          <ItemLedger itemId={item.id} itemName={item.name} target={item.indicator} />
        </div>
      )}
    </li>
  )
}
