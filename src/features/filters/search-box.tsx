import { useId, useRef, useState } from 'react'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import { zh } from '@/i18n/zh'

// Text search in ?q=: waits for the IME to finish a Chinese word; starting a search is one history entry.
// Enter takes the reader to the results (the panels, below the overview) without leaving the box.
export function SearchBox({ resultsId }: { resultsId?: string }) {
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
    <form
      role="search"
      aria-label={zh.search}
      onSubmit={(e) => {
        e.preventDefault()
        if (resultsId) document.getElementById(resultsId)?.scrollIntoView({ block: 'start' })
      }}
      className="flex min-w-0 flex-1 items-center gap-2"
    >
      <label
        htmlFor={inputId}
        className="sr-only text-sm font-medium whitespace-nowrap text-slate-700 sm:not-sr-only"
      >
        {zh.search}
      </label>
      <input
        id={inputId}
        type="search"
        value={draft}
        maxLength={100}
        placeholder={zh.searchPlaceholder}
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
        className="w-full max-w-md min-w-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700"
      />
    </form>
  )
}
