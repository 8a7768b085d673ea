import { useId, useMemo, useState } from 'react'
import { unitFormRows } from '@/data/exchange/unit-form'
import type { Item } from '@/monitoring/item'
import { zhUnitForm } from '@/i18n/zh-unit-form'
import { saveBlob } from '@/lib/download'
import { fileName } from '@/lib/file-name'
import { dueDateText, itemsOfUnit } from '@/monitoring/chase'
import { parsePeriod } from '@/monitoring/period'
import { activeUnits } from '@/monitoring/responsibility'
import { getResponsibility, useAssignments, useUnits } from '@/stores/use-assignments'
import { useDueDay } from '@/stores/use-monitor-settings'
import { getEntries } from '@/stores/use-progress'
import { usePeriod } from '@/stores/use-statuses'

const f = zhUnitForm
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const ISSUER = '祁东县人民政府督查室'

// 下载填报表（Excel）: one unit's own items for 本期, as a workbook it fills in and sends back.
export function UnitFormDownload({ items }: { items: readonly Item[] }) {
  const id = useId()
  const units = activeUnits(useUnits())
  const assignments = useAssignments()
  const period = usePeriod()
  const dueDay = useDueDay()
  const [unit, setUnit] = useState('')
  const [message, setMessage] = useState('')
  const counts = useMemo(
    () => new Map(units.map((u) => [u.name, itemsOfUnit(items, assignments, u.name).length])),
    [units, items, assignments],
  )

  async function download() {
    if (!unit) {
      setMessage(f.unitRequired)
      return
    }
    const rows = unitFormRows(items, getResponsibility().assignments, getEntries(), unit, period)
    if (rows.length === 0) {
      setMessage(f.noItems(unit))
      return
    }
    setMessage(f.working)
    try {
      const { writeUnitForm } = await import('@/data/exchange/xlsx')
      const p = parsePeriod(period)
      const bytes = await writeUnitForm(rows, {
        unit,
        period: p ? `${p.year}年${p.month}月` : period,
        dueDate: dueDateText(period, dueDay),
        issuer: ISSUER,
      })
      const name = fileName([unit, f.file, period], 'xlsx')
      saveBlob(new Blob([bytes], { type: XLSX_TYPE }), name)
      setMessage(f.saved(name))
    } catch {
      setMessage(f.failed)
    }
  }

  return (
    <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3">
      <h4 className="basis-full text-sm font-semibold text-slate-900">{f.heading}</h4>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {f.chooseUnit}
        </label>
        <select
          id={id}
          value={unit}
          disabled={units.length === 0}
          onChange={(e) => {
            setUnit(e.target.value)
            setMessage('')
          }}
          className="min-w-48 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700"
        >
          <option value="">{f.choosePrompt}</option>
          {units.map((u) => (
            <option key={u.name} value={u.name}>
              {f.unitOption(u.name, counts.get(u.name) ?? 0)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={units.length === 0}
        onClick={() => {
          void download()
        }}
        className="rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-400"
      >
        {f.button}
      </button>
      <p aria-live="polite" className="basis-full text-sm text-slate-700 empty:hidden">
        {units.length === 0 ? f.noUnits : message}
      </p>
      <p className="basis-full text-xs text-slate-500">{f.hint}</p>
    </div>
  )
}
