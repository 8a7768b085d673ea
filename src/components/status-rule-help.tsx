import { useEffect, useId, useRef, useState } from 'react'
import { LEVEL_BAND_SHARE, RATE_BAND_PP } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { zhRuleHelp } from '@/i18n/zh-rule-help'
import { useDueDay } from '@/stores/use-monitor-settings'
import { StatusBadge, statusOrder } from './status-badge'

// 状态规则说明: the status rule in words, with the settings in force, next to every place statuses appear.
export function StatusRuleHelp({ month, tolerance }: { month: number; tolerance: number }) {
  const dueDay = useDueDay()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (open) panel.current?.focus()
  }, [open])
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const items = zhRuleHelp.items({
    month,
    tolerance,
    rateBand: RATE_BAND_PP,
    levelBand: LEVEL_BAND_SHARE * 100,
    dueDay,
  })
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o)
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        <span aria-hidden>ⓘ </span>
        {zh.ruleHelp.button}
      </button>
      {open && (
        <div
          id={panelId}
          ref={panel}
          role="dialog"
          aria-label={zhRuleHelp.title}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close()
          }}
          // On a phone the button sits at the left: the panel is pinned to the screen's edges, not to the button.
          className="fixed inset-x-4 top-4 z-20 max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800 shadow-lg outline-none sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:max-h-[70vh] sm:w-[min(36rem,calc(100vw-2rem))]"
        >
          <h3 className="text-base font-semibold">{zhRuleHelp.title}</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="状态图例">
            {statusOrder.map((s) => (
              <li key={s}>
                <StatusBadge status={s} />
              </li>
            ))}
          </ul>
          <dl className="mt-3 space-y-2">
            {items.map((item) => (
              <div key={item.term}>
                <dt className="font-medium">{item.term}</dt>
                <dd className="text-slate-700">{item.text}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            onClick={close}
            className="mt-3 rounded-md bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
          >
            {zhRuleHelp.close}
          </button>
        </div>
      )}
    </div>
  )
}
