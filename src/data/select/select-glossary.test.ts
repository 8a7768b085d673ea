// @vitest-environment node
// Every occurrence of a glossary match form in the report body becomes one link to its term, and nothing else does.
import { describe, expect, it } from 'vitest'
import raw from '../../../data/qidong-2023.json'
import report from '../../../data/source/qidong-2023-government-work-report.txt?raw'
import { parseDataset } from '@/data/dataset/parse-dataset'
import type { GlossaryTerm } from '@/data/dataset/schema'
import { findTerm, searchGlossary, splitByTerms } from './select-glossary'

const { glossary } = parseDataset(raw)
const lines = report.split('\n')
const body = lines.slice(0, 76).join('\n')
const notes = lines.slice(76).join('\n')

// Counted independently of the splitter: non-overlapping occurrences by indexOf.
function occurrences(text: string, form: string) {
  let count = 0
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + form.length)) count++
  return count
}

const term = (no: number, label: string, ...match: string[]): GlossaryTerm => ({
  no,
  term: label,
  definition: `${label}的释义`,
  match,
})

describe('glossary term linking over the real report', () => {
  const segments = splitByTerms(body, glossary)

  it('covers the 39 terms of 名词解释 and loses no text', () => {
    expect(glossary.map((t) => t.no)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1))
    expect(segments.map((s) => s.text).join('')).toBe(body)
  })

  it.each(glossary.flatMap((t) => t.match.map((form) => [t.no, t.term, form] as const)))(
    'links %i %s at every occurrence of “%s” in the body, and nowhere else',
    (no, _label, form) => {
      const links = segments.filter((s) => s.text === form)
      expect(links.length).toBe(occurrences(body, form))
      for (const link of links) expect(link.term?.no).toBe(no)
    },
  )

  it('does not link the look-alike 规民 inside 村规民约 (in 名词解释 no. 30)', () => {
    expect(notes).toContain('村规民约')
    const linked = splitByTerms(notes, glossary).filter((s) => s.term?.term === '规民')
    expect(linked.map((s) => s.text)).toEqual(occurrences(notes, '“规民”') ? ['“规民”'] : [])
    expect(splitByTerms('推行村规民约', glossary).some((s) => s.term)).toBe(false)
  })

  it('links only text that is a match form', () => {
    const forms = new Set(glossary.flatMap((t) => t.match))
    for (const s of segments.filter((s) => s.term)) expect(forms.has(s.text)).toBe(true)
  })
})

describe('splitByTerms', () => {
  const g = [
    term(1, '五好', '五好'),
    term(2, '五好园区', '五好园区'),
    term(3, 'AB', 'AB'),
    term(4, 'BC', 'BC'),
  ]

  it('takes the longest form at a position', () => {
    expect(splitByTerms('建设五好园区', g)).toEqual([{ text: '建设' }, { text: '五好园区', term: g[1] }])
  })

  it('never overlaps two matches: the earlier one wins', () => {
    expect(splitByTerms('xABCx', g).map((s) => [s.text, s.term?.no])).toEqual([
      ['x', undefined],
      ['AB', 3],
      ['Cx', undefined],
    ])
  })

  it('treats regex characters in a form literally', () => {
    const plus = [term(4, '五+建设模式', '五+')]
    expect(splitByTerms('乡村车间“五+”建设模式，五五', plus).filter((s) => s.term)).toHaveLength(1)
  })

  it('returns plain text for an empty glossary and nothing for empty text', () => {
    expect(splitByTerms('文字', [])).toEqual([{ text: '文字' }])
    expect(splitByTerms('', g)).toEqual([])
  })
})

describe('findTerm and searchGlossary', () => {
  it('finds a term by its label or by a match form, quotation marks ignored', () => {
    expect(findTerm(glossary, '三主三特')?.no).toBe(2)
    expect(findTerm(glossary, '“三主三特”')?.no).toBe(2)
    expect(findTerm(glossary, '不存在的名词')).toBeUndefined()
    expect(findTerm(glossary, '')).toBeUndefined()
    const g = [term(7, '五好园区', '五好')]
    expect(findTerm(g, '五好')?.no).toBe(7)
  })

  it('searches numbers, labels and definitions, every word required', () => {
    expect(searchGlossary(glossary, '')).toHaveLength(39)
    expect(searchGlossary(glossary, '黄花菜').map((t) => t.term)).toEqual(
      expect.arrayContaining(['五个十万', '一特两辅']),
    )
    expect(searchGlossary(glossary, '黄花菜 中药材').map((t) => t.term)).toEqual(['五个十万', '一特两辅'])
    expect(searchGlossary(glossary, '没有这个词')).toEqual([])
  })
})
