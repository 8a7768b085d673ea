import { escapeRegExp } from '@/lib/regexp'
import type { GlossaryTerm } from '@/data/dataset/schema'

// Pure glossary derivations: splitting text at term occurrences, looking a term up, searching the list.

export type TermSegment = { text: string; term?: GlossaryTerm }

type Matcher = { pattern: RegExp; byForm: Map<string, GlossaryTerm> }
const matchers = new WeakMap<readonly GlossaryTerm[], Matcher>()

// One alternation, longest form first: at each position the regex takes the longest form, and
// matches never overlap because the scan resumes after each match.
function matcherFor(glossary: readonly GlossaryTerm[]): Matcher | undefined {
  const cached = matchers.get(glossary)
  if (cached) return cached
  const byForm = new Map<string, GlossaryTerm>()
  for (const term of glossary) for (const form of term.match) if (!byForm.has(form)) byForm.set(form, term)
  if (byForm.size === 0) return undefined
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length)
  const matcher = { pattern: new RegExp(forms.map(escapeRegExp).join('|'), 'g'), byForm }
  matchers.set(glossary, matcher)
  return matcher
}

export function splitByTerms(text: string, glossary: readonly GlossaryTerm[]): TermSegment[] {
  const matcher = matcherFor(glossary)
  if (!matcher) return text ? [{ text }] : []
  const segments: TermSegment[] = []
  let last = 0
  for (const m of text.matchAll(matcher.pattern)) {
    if (m.index > last) segments.push({ text: text.slice(last, m.index) })
    segments.push({ text: m[0], term: matcher.byForm.get(m[0]) })
    last = m.index + m[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last) })
  return segments
}

const bare = (s: string) => s.replace(/[“”"「」]/g, '').trim()

/** The term a ?term= value names: its label, or any of its match forms, quotation marks ignored. */
export function findTerm(glossary: readonly GlossaryTerm[], key: string): GlossaryTerm | undefined {
  const wanted = bare(key)
  if (!wanted) return undefined
  return (
    glossary.find((t) => t.term === wanted) ?? glossary.find((t) => t.match.some((f) => bare(f) === wanted))
  )
}

/** Terms whose number, label, forms or definition contain every word of the query. */
export function searchGlossary(glossary: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  const words = bare(query).toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...glossary]
  return glossary.filter((t) => {
    const haystack = [String(t.no), t.term, ...t.match, t.definition].join('\n').toLowerCase()
    return words.every((w) => haystack.includes(w))
  })
}
