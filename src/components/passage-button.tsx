import { updateUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'

// Opens the 原文 view of one indicator or task; the view itself renders from ?passage=.
export function PassageButton({ id, label }: { id: string; label: string }) {
  return (
    <button
      type="button"
      aria-label={`${zh.passageTitle}：${label}`}
      onClick={() => {
        updateUrlState({ passage: id })
      }}
      className="shrink-0 rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700 hover:border-red-700 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700"
    >
      {zh.passageTitle}
    </button>
  )
}
