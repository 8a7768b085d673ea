import { useEffect, useMemo, useRef, useState } from 'react'
import { TermLink } from '@/components/term-text'
import type { GlossaryTerm } from '@/data/dataset/schema'
import { useDatasetState } from '@/data/dataset/use-dataset'
import { findTerm, searchGlossary } from '@/data/select/select-glossary'
import { zh } from '@/i18n/zh'
import { zhGlossary } from '@/i18n/zh-glossary'

export function GlossaryPanel({ term }: { term: string }) {
  const dataset = useDatasetState()
  const glossary = dataset.status === 'success' ? dataset.data.glossary : undefined
  const [query, setQuery] = useState('')
  const shown = useMemo(() => searchGlossary(glossary ?? [], query), [glossary, query])
  const current = glossary && term ? findTerm(glossary, term) : undefined

  if (!glossary)
    return (
      <p role="status" className="p-4 text-slate-600">
        {dataset.status === 'pending' ? zh.loading : zh.loadFailedTitle}
      </p>
    )
  return (
    <>
      <div className="sticky top-0 border-b border-slate-200 bg-white px-4 py-3">
        <label className="block text-sm font-medium text-slate-700">
          {zhGlossary.search}
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value)
            }}
            placeholder={zhGlossary.searchHint}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base font-normal focus:border-red-700 focus:outline-2 focus:outline-red-700/30"
          />
        </label>
        <p role="status" className="mt-1 text-xs text-slate-500">
          {zhGlossary.count(shown.length, glossary.length)}
        </p>
      </div>
      {term && !current && (
        <p role="status" className="mx-4 mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {zhGlossary.unknownTerm(term)}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="p-4 text-slate-600">{zhGlossary.noMatch}</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {shown.map((t) => (
            <GlossaryEntry key={t.no} entry={t} current={t === current} />
          ))}
        </ol>
      )}
    </>
  )
}

// The open term is highlighted, scrolled to and focused, so a screen reader reads its definition.
function GlossaryEntry({ entry, current }: { entry: GlossaryTerm; current: boolean }) {
  const ref = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (!current) return
    ref.current?.focus({ preventScroll: true })
    ref.current?.scrollIntoView({ block: 'center' })
  }, [current])
  return (
    <li
      ref={ref}
      tabIndex={current ? -1 : undefined}
      aria-current={current ? 'true' : undefined}
      className={`scroll-mt-28 px-4 py-3 outline-none ${current ? 'border-l-4 border-l-red-700 bg-amber-50' : 'border-l-4 border-l-transparent'}`}
    >
      <h3 className="font-semibold text-slate-900">
        <span className="mr-1 text-slate-500 tabular-nums">{entry.no}.</span>
        <TermLink term={entry.term}>{entry.term}</TermLink>
      </h3>
      <p className="mt-1 text-sm leading-relaxed text-slate-700">{entry.definition}</p>
    </li>
  )
}
