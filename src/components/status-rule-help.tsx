import { useId, useRef, useState } from 'react'
import { zh } from '@/i18n/zh'
import { loadRuleText, StatusRulePanel } from './status-rule-panel'

const prefetch = () => {
  // A failed prefetch is harmless: opening fetches again and reports a failure in place.
  loadRuleText().catch(() => undefined)
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
      {open && <StatusRulePanel id={panelId} month={month} tolerance={tolerance} onClose={close} />}
    </div>
  )
}
