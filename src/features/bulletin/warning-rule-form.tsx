import { useState, type SyntheticEvent } from 'react'
import type { WarningRule } from '@/monitoring/warning'
import { useWarningRule, warningRuleChanged } from '@/stores/use-bulletin-settings'

const fields: { key: keyof WarningRule; label: string; unit: string }[] = [
  { key: 'yellowLagPp', label: '黄灯：低于序时进度至少', unit: '个百分点' },
  { key: 'redLagPp', label: '红灯：低于序时进度超过', unit: '个百分点' },
  { key: 'redMissing', label: '红灯：连续未报送', unit: '期' },
  { key: 'blueDays', label: '蓝灯：距完成时限不超过', unit: '天' },
]

// 预警规则: the thresholds of the lights, kept in this browser; a bad number is refused with a message, not saved.
/** editable: the 督查室 (or the browser's one user) sets the rule; others read it */
export function WarningRuleForm({ editable = true }: { editable?: boolean }) {
  const rule = useWarningRule()
  const [draft, setDraft] = useState<Record<keyof WarningRule, string>>(() => ({
    yellowLagPp: String(rule.yellowLagPp),
    redLagPp: String(rule.redLagPp),
    redMissing: String(rule.redMissing),
    blueDays: String(rule.blueDays),
  }))
  const [message, setMessage] = useState('')
  const submit = (e: SyntheticEvent) => {
    e.preventDefault()
    const next = Object.fromEntries(
      fields.map((f) => [f.key, Number(draft[f.key].trim() || NaN)]),
    ) as WarningRule
    void warningRuleChanged(next).then((problem) => {
      setMessage(problem ?? '预警规则已保存。')
    })
  }
  return (
    <details className="rounded-md border border-slate-200 p-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">预警规则</summary>
      <form onSubmit={submit} aria-label="预警规则" className="mt-2 flex flex-wrap items-end gap-3">
        <fieldset disabled={!editable} className="contents">
          {fields.map((f) => (
            <label key={f.key} className="flex flex-col gap-1 text-sm text-slate-800">
              {`${f.label}（${f.unit}）`}
              <input
                inputMode="decimal"
                value={draft[f.key]}
                onChange={(e) => {
                  setDraft({ ...draft, [f.key]: e.target.value })
                }}
                className="w-28 rounded-md border border-slate-300 px-2 py-1 focus-visible:outline-2 focus-visible:outline-red-700"
              />
            </label>
          ))}
        </fieldset>
        {editable && (
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
          >
            保存预警规则
          </button>
        )}
        <p role="status" className="text-sm text-slate-700">
          {message}
        </p>
      </form>
      <p className="mt-1 text-xs text-slate-600">
        另：未完成年度目标、已过完成时限仍未完成为红灯；增速等指标未达目标、重点任务未按计划启动为黄灯。按本期最后一天判断时限。
      </p>
    </details>
  )
}
