import { useId, useState } from 'react'
import { PeriodSelect } from '@/components/period-select'
import { zhMonitor } from '@/i18n/zh-monitor'
import { dueDayChanged, toleranceChanged, useDueDay, useTolerancePp } from '@/stores/use-monitor-settings'
import { useEvaluationMonth } from '@/stores/use-statuses'
import { controlClass, describedBy, Field } from '@/components/ui/field'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'

const m = zhMonitor
const dueDays = Array.from({ length: 28 }, (_, i) => i + 1)

function readTolerance(text: string): number | undefined {
  const n = Number(text)
  return text.trim() !== '' && n >= 0 && n <= 30 ? n : undefined
}

// 本期 (in the URL, shareable), 报送截止日 and tolerance: what the status rule takes.
export function MonitorSettingsBar() {
  const id = useId()
  const dueDay = useDueDay()
  const tolerance = useTolerancePp()
  const month = useEvaluationMonth()
  // What is being typed, until it leaves the field; otherwise the stored value (which another tab may change).
  const [toleranceText, setToleranceText] = useState<string | null>(null)
  const [toleranceError, setToleranceError] = useState<string>()
  const [notSaved, setNotSaved] = useState<string>()
  // The server keeps these for the 督查室 alone (403 otherwise): shown, not offered as if they could be changed
  const locked = !mayAdminister(useAccount())
  const kept = (saving: Promise<string | undefined>) => {
    void saving.then(setNotSaved)
  }

  return (
    <>
      <div data-print-hide className="grid gap-3 sm:grid-cols-[12rem_9rem_16rem]">
        <PeriodSelect hint />
        <Field id={`${id}-due`} label={m.dueDay}>
          <select
            id={`${id}-due`}
            value={dueDay}
            disabled={locked}
            className={controlClass()}
            onChange={(e) => {
              kept(dueDayChanged(Number(e.target.value)))
            }}
          >
            {dueDays.map((d) => (
              <option key={d} value={d}>
                {m.dueDayOption(d)}
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
            disabled={locked}
            aria-invalid={Boolean(toleranceError)}
            aria-describedby={describedBy(`${id}-tolerance`, m.toleranceHint, toleranceError)}
            className={controlClass(toleranceError)}
            // Committed on leaving the field (or Enter), so typing 25 never judges every status at 2 on the way.
            onChange={(e) => {
              setToleranceText(e.target.value)
              setToleranceError(readTolerance(e.target.value) === undefined ? m.toleranceInvalid : undefined)
            }}
            onBlur={(e) => {
              const n = readTolerance(e.target.value)
              if (n === undefined) return
              // The typed figure stays until the save is through; then the field shows what was kept.
              kept(
                toleranceChanged(n).finally(() => {
                  setToleranceText(null)
                }),
              )
            }}
            onKeyDown={(e) => {
              const n = readTolerance(e.currentTarget.value)
              if (e.key === 'Enter' && n !== undefined) kept(toleranceChanged(n))
            }}
          />
        </Field>
        {locked && <p className="text-xs text-slate-600 sm:col-span-3">{m.settingsByOffice}</p>}
        {notSaved && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-3">
            {notSaved}
          </p>
        )}
      </div>
      {/* On paper the controls go; what they are set to stays, in one line. */}
      <p className="hidden text-sm text-slate-700 print:block">
        {m.settingsOnPaper(month, dueDay, tolerance)}
      </p>
    </>
  )
}
