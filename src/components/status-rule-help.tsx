import { Suspense, useId, useRef, useState } from 'react'
import { zh } from '@/i18n/zh'
import { PartBoundary } from './part-boundary'
import { retryableLazy } from './retryable-lazy'

// The panel and its text are read rarely: both are fetched when the button is pointed at, focused or pressed, so
// neither is on the first screen's path. A press before they are in opens the panel once they are.
const loadPanel = () => import('./status-rule-panel')
const panel = retryableLazy(() => loadPanel().then((m) => m.StatusRulePanel))

const prefetch = () => {
  // A failed prefetch is harmless: opening fetches again and reports a failure in place.
  loadPanel()
    .then((m) => m.loadRuleText())
    .catch(() => undefined)
}

// 状态规则说明: the status rule in words, with the settings in force, next to every place statuses appear.
export function StatusRuleHelp({ month, tolerance }: { month: number; tolerance: number }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => {
          setOpen((o) => !o)
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        <span aria-hidden>ⓘ </span>
        {zh.ruleHelp.button}
      </button>
      {open && (
        <PartBoundary part={zh.partError.panel(zh.ruleHelp.button)} onRetry={panel.forget}>
          <Suspense fallback={null}>
            <panel.Component id={panelId} month={month} tolerance={tolerance} onClose={close} />
          </Suspense>
        </PartBoundary>
      )}
    </div>
  )
}
