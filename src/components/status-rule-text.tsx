import type { ReactNode } from 'react'
import { zhRuleHelp } from '@/i18n/zh-rule-help'

type Props = {
  titleId: string
  rule: Parameters<typeof zhRuleHelp.items>[0]
  legend: ReactNode
  onClose: () => void
}

// The words of 状态规则说明, loaded when it opens: no hooks and no shared imports, so its chunk is only this text.
export function StatusRuleText({ titleId, rule, legend, onClose }: Props) {
  return (
    <>
      <h3 id={titleId} className="text-base font-semibold">
        {zhRuleHelp.title}
      </h3>
      {legend}
      <dl className="mt-3 space-y-2">
        {zhRuleHelp.items(rule).map((item) => (
          <div key={item.term}>
            <dt className="font-medium">{item.term}</dt>
            <dd className="text-slate-700">{item.text}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={onClose}
        className="mt-3 rounded-md bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        {zhRuleHelp.close}
      </button>
    </>
  )
}
