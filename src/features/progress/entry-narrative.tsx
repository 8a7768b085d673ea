import { NARRATIVE_KEYS } from '@/monitoring/entry-input'
import type { ProgressEntry } from '@/data/dataset/schema'
import { zhNarrative } from '@/i18n/zh-narrative'

// An entry's 进展情况 / 存在问题 / 下一步措施, each under its label, as text (never HTML).
export function EntryNarrative({ entry }: { entry: ProgressEntry }) {
  const parts = NARRATIVE_KEYS.filter((key) => entry[key])
  if (parts.length === 0) return null
  return (
    <dl className="grid w-full gap-x-2 gap-y-0.5 text-xs text-slate-700 sm:grid-cols-[auto_minmax(0,1fr)]">
      {parts.map((key) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-500">{zhNarrative[key]}</dt>
          <dd className="break-words whitespace-pre-line">{entry[key]}</dd>
        </div>
      ))}
    </dl>
  )
}
