import { useId, useRef, useState } from 'react'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import { zh } from '@/i18n/zh'

// Text search in ?q=: waits for the IME to finish a Chinese word; starting a search is one history entry.
/** label: 搜索指标 on the dashboard, 搜索事项 on 进度监测 and 通报; all search ?q= */
export function SearchBox({
  label = zh.search,
  placeholder = zh.searchPlaceholder,
}: {
  label?: string
  placeholder?: string
}) {
  const q = useUrlValue('q')
  const [draft, setDraft] = useState(q)
  const [seen, setSeen] = useState(q)
  const composing = useRef(false)
  const inputId = useId()
  if (q !== seen) {
    setSeen(q)
    setDraft(q)
  }
  const commit = (value: string) => {
    updateUrlState({ q: value }, { replace: q !== '' })
  }
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        value={draft}
        maxLength={100}
        placeholder={placeholder}
        onChange={(e) => {
          setDraft(e.currentTarget.value)
          if (!composing.current) commit(e.currentTarget.value)
        }}
        onCompositionStart={() => {
          composing.current = true
        }}
        onCompositionEnd={(e) => {
          composing.current = false
          commit(e.currentTarget.value)
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700"
      />
    </div>
  )
}
