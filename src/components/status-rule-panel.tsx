import { Suspense, useEffect, useId, useRef } from 'react'
import { LEVEL_BAND_SHARE, RATE_BAND_PP } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { useDueDay } from '@/stores/use-monitor-settings'
import { PartBoundary } from './part-boundary'
import { retryableLazy } from './retryable-lazy'
import { StatusBadge, statusOrder } from './status-badge'

// The rule's text is long: its own chunk, fetched with this panel's (status-rule-help.tsx prefetches both).
export const loadRuleText = () => import('./status-rule-text').then((m) => m.StatusRuleText)
const ruleText = retryableLazy(loadRuleText)

type Props = { id: string; month: number; tolerance: number; onClose: () => void }

// The 状态规则说明 popover: the status rule in words, with the settings in force. Takes focus when it opens.
export function StatusRulePanel({ id, month, tolerance, onClose }: Props) {
  const dueDay = useDueDay()
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    panel.current?.focus()
  }, [])
  const rule = { month, tolerance, rateBand: RATE_BAND_PP, levelBand: LEVEL_BAND_SHARE * 100, dueDay }
  const legend = (
    <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="状态图例">
      {statusOrder.map((s) => (
        <li key={s}>
          <StatusBadge status={s} />
        </li>
      ))}
    </ul>
  )
  return (
    <div
      id={id}
      ref={panel}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
      // On a phone the button sits at the left: the panel is pinned to the screen's edges, not to the button.
      className="fixed inset-x-4 top-4 z-20 max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800 shadow-lg outline-none sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:max-h-[70vh] sm:w-[min(36rem,calc(100vw-2rem))]"
    >
      <PartBoundary part={zh.partError.panel(zh.ruleHelp.button)} onRetry={ruleText.forget}>
        <Suspense fallback={<p role="status">{zh.loading}</p>}>
          <ruleText.Component titleId={titleId} rule={rule} legend={legend} onClose={onClose} />
        </Suspense>
      </PartBoundary>
    </div>
  )
}
