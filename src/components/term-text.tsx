import { Fragment, useMemo, type ReactNode } from 'react'
import { splitByTerms } from '@/data/select/select-glossary'
import { useGlossary } from '@/data/select/use-glossary'
import { zh } from '@/i18n/zh'
import { UrlStateLink } from './url-state-link'

// Report text with every glossary term as a link to its definition; always text nodes, never HTML.
export function TermText({ text }: { text: string }) {
  const glossary = useGlossary()
  const segments = useMemo(() => splitByTerms(text, glossary), [text, glossary])
  return segments.map((s, i) =>
    s.term ? (
      <TermLink key={i} term={s.term.term}>
        {s.text}
      </TermLink>
    ) : (
      <Fragment key={i}>{s.text}</Fragment>
    ),
  )
}

// A link to ?term=…: a plain click opens the drawer in place, middle- or ctrl-click opens a new tab.
export function TermLink({ term, children }: { term: string; children: ReactNode }) {
  return (
    <UrlStateLink
      patch={{ term }}
      title={zh.termLinkTitle(term)}
      className="rounded-sm text-red-800 underline decoration-red-800/40 decoration-dotted underline-offset-4 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-red-700"
    >
      {children}
    </UrlStateLink>
  )
}
