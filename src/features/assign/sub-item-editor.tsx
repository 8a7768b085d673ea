import { useState } from 'react'
import { zhAssign } from '@/i18n/zh-assign'
import { zhEntryInput } from '@/i18n/zh-entry-input'
import { formatNumber } from '@/lib/format'
import { readDeadline } from '@/monitoring/assign-table'
import { activeUnits, type SubItem } from '@/monitoring/responsibility'
import { deadlineText } from '@/monitoring/warning'
import { useUnits } from '@/stores/use-assignments'
import type { ItemBasics } from '@/monitoring/item'
import { SubItemProgress } from './sub-item-progress'
import { asOptions, LabelledChoice, LabelledText, Problem, RemoveButton } from './controls'
import { button } from './styles'

const a = zhAssign

type Props = {
  item: ItemBasics
  cumulative: boolean
  subItems: SubItem[]
  onChange: (subItems: SubItem[]) => void
}

// 子项: parts of an item with their own unit, deadline and (cumulative targets) share; they roll up into it.
export function SubItemEditor({ item, cumulative, subItems, onChange }: Props) {
  const units = activeUnits(useUnits())
  const [name, setName] = useState('')
  const [unit, setUnit] = useState('')
  const [deadline, setDeadline] = useState('')
  const [share, setShare] = useState('')
  const [problem, setProblem] = useState<string>()
  const tracked = cumulative || !item.indicator
  const shares = subItems.reduce((sum, s) => sum + (s.share ?? 0), 0)

  function add() {
    const d = deadline.trim() ? readDeadline(deadline) : undefined
    const s = share.trim() ? Number(share) : undefined
    const issue = !name.trim()
      ? a.subItemName
      : !unit
        ? a.chooseUnit
        : deadline.trim() && !d
          ? a.problem.deadlineInvalid(deadline)
          : s !== undefined && !(Number.isFinite(s) && s >= 0)
            ? zhEntryInput.notANumber(share)
            : undefined
    if (issue) {
      setProblem(issue)
      return
    }
    const id = `${item.id}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    onChange([
      ...subItems,
      {
        id,
        name: name.trim().slice(0, 100),
        leadUnit: unit,
        records: [],
        ...(d && { deadline: d }),
        ...(s !== undefined && { share: s }),
      },
    ])
    setName('')
    setDeadline('')
    setShare('')
    setProblem(undefined)
  }

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-700">{a.subItems}</legend>
      {subItems.length > 0 && (
        <ul className="flex flex-col gap-2">
          {subItems.map((s) => (
            <li
              key={s.id}
              className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2 text-sm"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{s.name}</span>
                  {` · ${s.leadUnit}`}
                  {s.deadline && ` · ${a.deadline} ${deadlineText(s.deadline)}`}
                  {s.share !== undefined &&
                    ` · ${a.subItemShare(item.indicator?.unit ?? '')} ${formatNumber(s.share)}`}
                </span>
                <RemoveButton
                  label={a.removeSubItem(s.name)}
                  onClick={() => {
                    onChange(subItems.filter((x) => x.id !== s.id))
                  }}
                />
              </div>
              {tracked && (
                <SubItemProgress
                  subItem={s}
                  cumulative={cumulative}
                  onChange={(next) => {
                    onChange(subItems.map((x) => (x.id === s.id ? next : x)))
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {cumulative && item.indicator && subItems.some((s) => s.share !== undefined) && (
        <p className="text-xs text-slate-600">
          {a.sharesSum(formatNumber(shares), `${formatNumber(item.indicator.value)}${item.indicator.unit}`)}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <LabelledText label={a.subItemName} value={name} maxLength={100} onChange={setName} />
        <LabelledChoice
          label={a.subItemUnit}
          value={unit}
          empty={a.chooseUnit}
          options={asOptions(units.map((u) => u.name))}
          onChange={setUnit}
        />
        <LabelledText
          label={a.subItemDeadline}
          className="w-32"
          placeholder="2023-12"
          value={deadline}
          onChange={setDeadline}
        />
        {cumulative && (
          <LabelledText
            label={a.subItemShare(item.indicator?.unit ?? '')}
            className="w-28"
            inputMode="decimal"
            value={share}
            onChange={setShare}
          />
        )}
        <button type="button" className={button} onClick={add}>
          {a.addSubItem}
        </button>
      </div>
      <Problem text={problem} />
    </fieldset>
  )
}
