import { useId, useState } from 'react'
import { zh } from '@/i18n/zh'
import {
  evaluationMonthChanged,
  toleranceChanged,
  useEvaluationMonthSetting,
  useTolerancePp,
} from '@/stores/use-monitor-settings'
import { useDefaultEvaluationMonth } from '@/stores/use-statuses'
import { controlClass, describedBy, Field } from './field'

const m = zh.monitor
const months = Array.from({ length: 12 }, (_, i) => i + 1)

// 评估日期 and tolerance: the two settings the status rule takes, kept in this browser.
export function MonitorSettingsBar() {
  const id = useId()
  const setting = useEvaluationMonthSetting()
  const fallback = useDefaultEvaluationMonth()
  const tolerance = useTolerancePp()
  // What is being typed, until it leaves the field; otherwise the stored value (which another tab may change).
  const [toleranceText, setToleranceText] = useState<string | null>(null)
  const [toleranceError, setToleranceError] = useState<string>()

  return (
    <div className="grid gap-3 sm:grid-cols-[12rem_16rem]">
      <Field id={`${id}-month`} label={m.evaluationMonth}>
        <select
          id={`${id}-month`}
          value={setting}
          className={controlClass()}
          onChange={(e) => {
            evaluationMonthChanged(e.target.value)
          }}
        >
          <option value="auto">{m.evaluationAuto(fallback)}</option>
          {months.map((n) => (
            <option key={n} value={`2023-${String(n).padStart(2, '0')}`}>
              {m.evaluationMonthOption(n)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-tolerance`} label={m.tolerance} hint={m.toleranceHint} error={toleranceError}>
        <input
          id={`${id}-tolerance`}
          type="number"
          inputMode="decimal"
          min={0}
          max={30}
          step={1}
          value={toleranceText ?? String(tolerance)}
          aria-invalid={Boolean(toleranceError)}
          aria-describedby={describedBy(`${id}-tolerance`, m.toleranceHint, toleranceError)}
          className={controlClass(toleranceError)}
          onChange={(e) => {
            setToleranceText(e.target.value)
            const n = Number(e.target.value)
            const ok = e.target.value.trim() !== '' && n >= 0 && n <= 30
            setToleranceError(ok ? undefined : m.toleranceInvalid)
            if (ok) toleranceChanged(n)
          }}
          onBlur={() => {
            if (!toleranceError) setToleranceText(null)
          }}
        />
      </Field>
    </div>
  )
}
