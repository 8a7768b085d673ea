import { useState } from 'react'
import { zh } from '@/i18n/zh'
import { formatNumber } from '@/lib/format'
import { formatPeriod } from '@/monitoring/period'
import type { SubItem, SubItemRecord } from '@/monitoring/responsibility'
import { latestRecord } from '@/monitoring/roll-up'
import { errorText, input, small } from './styles'

const a = zh.assign
const months = Array.from({ length: 12 }, (_, i) => i + 1)
const taskStates = ['not_started', 'in_progress', 'done'] as const

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
        setProblem(zh.entryInput.notANumber(value))
        return
      }
      entry = { asOf: formatPeriod(month), value: n }
    } else {
      const state = taskStates.find((s) => s === value)
      if (!state) {
        setProblem(zh.entryInput.taskStatusRequired)
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
          : zh.monitor.noEntry}
      </span>
      <select
        aria-label={`${subItem.name} ${a.subItemAsOf}`}
        className={input}
        value={month}
        onChange={(e) => {
          setMonth(Number(e.currentTarget.value))
        }}
      >
        {months.map((m) => (
          <option key={m} value={m}>
            {zh.period(m)}
          </option>
        ))}
      </select>
      {cumulative ? (
        <input
          aria-label={`${subItem.name} ${a.subItemValue}`}
          className={`${input} w-28`}
          inputMode="decimal"
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value)
          }}
        />
      ) : (
        <select
          aria-label={`${subItem.name} ${zh.entryForm.taskStatus}`}
          className={input}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value)
          }}
        >
          <option value="">{zh.entryForm.chooseTaskStatus}</option>
          {taskStates.map((s) => (
            <option key={s} value={s}>
              {zh.taskStatus[s]}
            </option>
          ))}
        </select>
      )}
      <button type="button" className={small} onClick={record}>
        {a.subItemSave}
      </button>
      {problem && (
        <span role="alert" className={errorText}>
          {problem}
        </span>
      )}
    </div>
  )
}
