import { useState } from 'react'
import { zh } from '@/i18n/zh'
import { zhAssign } from '@/i18n/zh-assign'
import { zhEntryForm } from '@/i18n/zh-entry-form'
import { zhEntryInput } from '@/i18n/zh-entry-input'
import { zhMonitor } from '@/i18n/zh-monitor'
import { formatNumber } from '@/lib/format'
import { formatPeriod } from '@/monitoring/period'
import type { SubItem, SubItemRecord } from '@/monitoring/responsibility'
import { latestRecord } from '@/monitoring/roll-up'
import { Choice, Problem, TextBox } from './controls'
import { small } from './styles'

const a = zhAssign
const monthOptions = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: zh.period(i + 1) }))
const taskStates = ['not_started', 'in_progress', 'done'] as const
const taskOptions = taskStates.map((s) => ({ value: s, label: zh.taskStatus[s] }))

type Props = { subItem: SubItem; cumulative: boolean; onChange: (next: SubItem) => void }

// A sub-item's own progress (截至月份 + cumulative value or task state), the input of the parent's roll-up.
export function SubItemProgress({ subItem, cumulative, onChange }: Props) {
  const [month, setMonth] = useState(9)
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string>()
  const latest = latestRecord(subItem.records, 12)
  function record() {
    let entry: SubItemRecord
    if (cumulative) {
      const n = Number(value)
      if (!value.trim() || !Number.isFinite(n) || n < 0) {
        setProblem(zhEntryInput.notANumber(value))
        return
      }
      entry = { asOf: formatPeriod(month), value: n }
    } else {
      const state = taskStates.find((s) => s === value)
      if (!state) {
        setProblem(zhEntryInput.taskStatusRequired)
        return
      }
      entry = { asOf: formatPeriod(month), taskStatus: state }
    }
    onChange({ ...subItem, records: [...subItem.records.filter((r) => r.asOf !== entry.asOf), entry] })
    setValue('')
    setProblem(undefined)
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-slate-600">
        {`${a.subItemRecord}：`}
        {latest
          ? `${latest.value !== undefined ? formatNumber(latest.value) : zh.taskStatus[latest.taskStatus ?? 'not_started']}（${zh.period(Number(latest.asOf.slice(5)))}）`
          : zhMonitor.noEntry}
      </span>
      <Choice
        aria-label={`${subItem.name} ${a.subItemAsOf}`}
        value={month}
        options={monthOptions}
        onChange={(m) => {
          setMonth(Number(m))
        }}
      />
      {cumulative ? (
        <TextBox
          aria-label={`${subItem.name} ${a.subItemValue}`}
          className="w-28"
          inputMode="decimal"
          value={value}
          onChange={setValue}
        />
      ) : (
        <Choice
          aria-label={`${subItem.name} ${zhEntryForm.taskStatus}`}
          value={value}
          empty={zhEntryForm.chooseTaskStatus}
          options={taskOptions}
          onChange={setValue}
        />
      )}
      <button type="button" className={small} onClick={record}>
        {a.subItemSave}
      </button>
      <Problem text={problem} inline />
    </div>
  )
}
