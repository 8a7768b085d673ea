import { useId, useState } from 'react'
import { zh } from '@/i18n/zh'
import { zhAssign } from '@/i18n/zh-assign'
import { zhEntryInput } from '@/i18n/zh-entry-input'
import { formatNumber } from '@/lib/format'
import { formatPeriod } from '@/monitoring/period'
import type { NodeTarget } from '@/monitoring/responsibility'
import { LabelledChoice, LabelledText, Problem, RemoveButton } from './controls'
import { button } from './styles'

const a = zhAssign
const MILESTONES = ['开工', '主体完工', '竣工', '投产', '完成招标']
const monthOptions = Array.from({ length: 12 }, (_, i) => ({
  value: i + 1,
  label: zh.monitor.periodOption(i + 1),
}))

type Props = {
  cumulative: boolean
  unit: string
  nodes: NodeTarget[]
  onChange: (nodes: NodeTarget[]) => void
}

// 节点目标 by month (a quarter is its last month): a cumulative value, or a milestone for a task.
export function NodeEditor({ cumulative, unit, nodes, onChange }: Props) {
  const [month, setMonth] = useState(cumulative ? 6 : 3)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string>()
  const listId = useId()
  const sorted = [...nodes].sort((x, y) => x.period.localeCompare(y.period))
  function add() {
    const raw = text.trim()
    let node: NodeTarget
    if (cumulative) {
      const value = Number(raw)
      if (!raw || !Number.isFinite(value) || value < 0) {
        setProblem(zhEntryInput.notANumber(raw))
        return
      }
      node = { period: formatPeriod(month), value }
    } else {
      if (!raw) {
        setProblem(zhEntryInput.valueRequired)
        return
      }
      node = { period: formatPeriod(month), milestone: raw.slice(0, 40) }
    }
    onChange([...nodes.filter((n) => n.period !== node.period), node])
    setText('')
    setProblem(undefined)
  }
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-700">{a.nodes}</legend>
      <p className="text-xs text-slate-500">{a.nodesHint}</p>
      {sorted.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {sorted.map((n) => (
            <li
              key={n.period}
              className="flex items-center gap-1 rounded border border-slate-200 bg-white px-2 py-0.5 text-sm"
            >
              {`${Number(n.period.slice(5))}月：${n.value !== undefined ? `${formatNumber(n.value)}${unit}` : (n.milestone ?? '')}`}
              <RemoveButton
                label={a.removeNode(`${Number(n.period.slice(5))}月`)}
                onClick={() => {
                  onChange(nodes.filter((x) => x.period !== n.period))
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <LabelledChoice
          label={a.nodePeriod}
          value={month}
          options={monthOptions}
          onChange={(m) => {
            setMonth(Number(m))
          }}
        />
        <LabelledText
          label={cumulative ? a.nodeValue(unit) : a.nodeMilestone}
          inputMode={cumulative ? 'decimal' : undefined}
          list={cumulative ? undefined : listId}
          value={text}
          onChange={setText}
        />
        {!cumulative && (
          <datalist id={listId}>
            {MILESTONES.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        )}
        <button type="button" className={button} onClick={add}>
          {a.addNode}
        </button>
      </div>
      <Problem text={problem} />
    </fieldset>
  )
}
