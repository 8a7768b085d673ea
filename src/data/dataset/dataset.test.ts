// @vitest-environment node
import { describe, it, expect } from 'vitest'
import source from '../../../data/source/qidong-2023-government-work-report.txt?raw'
import raw from '../../../data/qidong-2023.json'
import { datasetSchema, type Comparator, type Indicator } from './schema'
import { parseWrittenNumber } from '@/test-support/chinese-number'
import {
  findAll,
  findNumberTokens,
  occursAsWholeNumber,
  type NumberToken,
} from '@/test-support/report-numbers'
import { coverageExclusions } from '@/test-support/coverage-exclusions'

// Invariant: the real dataset parses, every figure in it is where the report says it is, and every number of the report body is an indicator or an explained exclusion.

const dataset = datasetSchema.parse(raw)
const lines = source.split('\n')
/** Lines 1–76: the speech itself. Line 77 is the heading of 名词解释, lines 78–116 its 39 entries. */
const body = lines.slice(0, 76).join('\n')
const glossaryLines = lines.slice(77, 116)
const { indicators, tasks, glossary, sectors } = dataset

const lineOf = (offset: number) => body.slice(0, offset).split('\n').length
const around = (start: number, end: number) =>
  `${body.slice(Math.max(0, start - 12), start)}【${body.slice(start, end)}】${body.slice(end, end + 12)}`.replace(
    /\n/g,
    '⏎',
  )

// Qualifier words as the report writes them, and the comparator each one means.
const QUALIFIERS: Readonly<Record<string, Comparator>> = {
  左右: 'about',
  以上: 'at_least',
  突破: 'at_least',
  超过: 'at_least',
  超: 'at_least',
  不低于: 'at_least',
  余: 'at_least', // 1500余名, 40余个: "more than"
  以内: 'at_most',
  控制在: 'at_most',
  不超过: 'at_most',
  低于: 'at_most',
  前: 'at_most', // ranks: 前十 = position 10 or better
}

// A decline is a negative change: 同比下降68.4% is written "68.4" and has value -68.4.
const DECLINE = /(?:下降|减少|降低)$/
const expectedValue = (i: Indicator) => {
  const v = parseWrittenNumber(i.written)
  if (v === undefined) return undefined
  const before = i.quote.slice(0, i.quote.lastIndexOf(i.written))
  return DECLINE.test(before) ? -v : v
}

// Glossary terms the body never uses, with the reason. The test checks they really are absent.
const GLOSSARY_NOT_IN_BODY: Readonly<Record<number, string>> = {
  16: '“三情”: the body spells the three out (面对疫情、旱情、火情等超预期因素冲击, line 13) and never writes 三情',
}

// Headline 2023 targets for which the report states no 2022 figure (none: all six have one).
const HEADLINE_WITHOUT_2022: readonly string[] = []

describe('the report text', () => {
  it('has the body in lines 1–76 and the 39 glossary entries in lines 78–116', () => {
    expect(lines[76]).toContain('名词解释')
    expect(body.endsWith('而不懈奋斗！')).toBe(true)
    expect(glossaryLines.map((l) => Number(/^(\d+)\./.exec(l)?.[1]))).toEqual(
      Array.from({ length: 39 }, (_, i) => i + 1),
    )
  })
})

describe('quotes and figures', () => {
  const items = [...indicators, ...tasks]

  it('every indicator and task quote is an exact substring of the report body', () => {
    expect(items.filter((i) => !body.includes(i.quote)).map((i) => `${i.id}: ${i.quote}`)).toEqual([])
  })

  it('every written figure appears in its quote as a whole number', () => {
    const bad = indicators.filter((i) => !occursAsWholeNumber(i.quote, i.written))
    expect(bad.map((i) => `${i.id}: "${i.written}" not in "${i.quote}"`)).toEqual([])
  })

  it('the value of every written figure equals value (negated after 下降/减少/降低)', () => {
    const bad = indicators.filter((i) => expectedValue(i) !== i.value)
    expect(bad.map((i) => `${i.id}: "${i.written}" reads ${expectedValue(i)}, value ${i.value}`)).toEqual([])
  })

  it('every qualifier is in its quote and maps to the comparator; only exact figures have none', () => {
    const bad = indicators.flatMap((i) => {
      if (i.qualifier === undefined)
        return i.comparator === 'exact' ? [] : [`${i.id}: comparator ${i.comparator} without qualifier`]
      const expected = QUALIFIERS[i.qualifier]
      if (expected === undefined) return [`${i.id}: unknown qualifier ${i.qualifier}`]
      if (expected !== i.comparator) return [`${i.id}: ${i.qualifier} means ${expected}, not ${i.comparator}`]
      return i.quote.includes(i.qualifier) ? [] : [`${i.id}: qualifier ${i.qualifier} not in quote`]
    })
    expect(bad).toEqual([])
  })

  it('percent measures are in %, and 2022 figures are outcomes, 2023 figures targets', () => {
    const bad = indicators.flatMap((i) => [
      ...((i.measure === 'growth_pct' || i.measure === 'share_pct') && i.unit !== '%'
        ? [`${i.id}: unit ${i.unit}`]
        : []),
      ...((i.year === 2022) !== (i.kind === 'outcome') ? [`${i.id}: ${i.year} ${i.kind}`] : []),
    ])
    expect(bad).toEqual([])
  })
})

describe('ids and references', () => {
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const sectorIds = new Set(sectors.map((s) => s.id))

  it('ids are unique across indicators and tasks, and sector ids and orders are unique', () => {
    const ids = [...indicators, ...tasks].map((i) => i.id)
    expect(ids.filter((id, n) => ids.indexOf(id) !== n)).toEqual([])
    expect(sectorIds.size).toBe(sectors.length)
    expect(new Set(sectors.map((s) => s.order)).size).toBe(sectors.length)
  })

  it('every sector resolves', () => {
    const bad = [...indicators, ...tasks].filter((i) => !sectorIds.has(i.sector))
    expect(bad.map((i) => `${i.id}: ${i.sector}`)).toEqual([])
  })

  it('pairs resolve, are symmetric and join a 2022 outcome with a 2023 target of the same sector, measure and unit', () => {
    const bad = indicators.flatMap((a): string[] => {
      if (a.pairId === undefined) return a.pairNote === undefined ? [] : [`${a.id}: pairNote without pairId`]
      const b = byId.get(a.pairId)
      if (b === undefined) return [`${a.id}: pairId ${a.pairId} does not resolve`]
      const problems: string[] = []
      if (b.pairId !== a.id) problems.push(`${a.id} → ${b.id} but ${b.id} → ${b.pairId ?? 'nothing'}`)
      if (a.year === b.year) problems.push(`${a.id} ↔ ${b.id}: both ${a.year}`)
      if (a.measure !== b.measure) problems.push(`${a.id} ↔ ${b.id}: ${a.measure} vs ${b.measure}`)
      if (a.sector !== b.sector) problems.push(`${a.id} ↔ ${b.id}: sectors ${a.sector} vs ${b.sector}`)
      // Charts draw both on one axis, so a pair must share its unit even when pairNote explains a scope change.
      if (a.unit !== b.unit) problems.push(`${a.id} ↔ ${b.id}: ${a.unit} vs ${b.unit}`)
      return problems
    })
    expect(bad).toEqual([])
  })
})

describe('headline targets', () => {
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const headlines = indicators.filter((i) => i.headline === true)
  const targets = headlines.filter((i) => i.year === 2023)
  // Line 31: 全县经济社会发展主要预期目标是：…
  const mainTargetsLine = lines[30] ?? ''

  it('exactly six 2023 targets are headline, all quoted from the 主要预期目标 sentence', () => {
    expect(targets).toHaveLength(6)
    expect(mainTargetsLine.startsWith('全县经济社会发展主要预期目标是')).toBe(true)
    expect(targets.filter((t) => !mainTargetsLine.includes(t.quote)).map((t) => t.id)).toEqual([])
  })

  it('each headline target pairs with a headline 2022 outcome, and vice versa', () => {
    const bad = headlines.flatMap((h): string[] => {
      if (h.year === 2023 && HEADLINE_WITHOUT_2022.includes(h.id))
        return h.pairId ? [`${h.id}: listed as unpaired`] : []
      const other = h.pairId === undefined ? undefined : byId.get(h.pairId)
      return other?.headline === true ? [] : [`${h.id}: no headline counterpart`]
    })
    expect(bad).toEqual([])
  })
})

describe('glossary', () => {
  const parsed = glossaryLines.map((line) => {
    const m = /^(\d+)\.(.+?)[：:](.*)$/.exec(line)
    if (!m) throw new Error(`unparsable glossary line: ${line}`)
    return { no: Number(m[1]), label: m[2] ?? '', definition: m[3] ?? '' }
  })

  it('has all 39 terms numbered 1–39 in order', () => {
    expect(glossary.map((g) => g.no)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1))
  })

  it('each term is its 名词解释 label without quotation marks, and each definition is verbatim', () => {
    const bad = glossary.flatMap((g) => {
      const entry = parsed[g.no - 1]
      if (!entry) return [`${g.no}: no entry`]
      return [
        ...(g.term === entry.label.replace(/[“”]/g, '')
          ? []
          : [`${g.no}: term ${g.term} vs label ${entry.label}`]),
        ...(g.definition === entry.definition ? [] : [`${g.no}: definition differs from 名词解释`]),
      ]
    })
    expect(bad).toEqual([])
  })

  it('match forms are listed longest first and each occurs in the body, except the documented absentees', () => {
    const bad = glossary.flatMap((g) => {
      const lengths = g.match.map((f) => f.length)
      const sorted = lengths.every((n, i) => i === 0 || n <= (lengths[i - 1] ?? n))
      const found = g.match.filter((f) => body.includes(f))
      const absent = g.no in GLOSSARY_NOT_IN_BODY
      return [
        ...(sorted ? [] : [`${g.no}: match not longest first`]),
        ...(absent
          ? found.map((f) => `${g.no}: ${f} is in the body; remove it from GLOSSARY_NOT_IN_BODY`)
          : g.match.filter((f) => !body.includes(f)).map((f) => `${g.no}: ${f} not in the body`)),
      ]
    })
    expect(bad).toEqual([])
  })

  it('every body occurrence of a match form is the term: it sits inside “quotation marks”', () => {
    // The report quotes every coined term; an unquoted occurrence would be another word (e.g. 规民 in 村规民约).
    const quoted = [...body.matchAll(/“[^“”]*”/g)].map((m) => [m.index, m.index + m[0].length] as const)
    const bad = glossary.flatMap((g) =>
      g.match.flatMap((form) =>
        findAll(body, form)
          .filter((s) => !quoted.some(([qs, qe]) => qs <= s && s + form.length <= qe))
          .map((s) => `${g.no} ${form}: ${around(s, s + form.length)}`),
      ),
    )
    expect(bad).toEqual([])
  })

  it('match forms of different terms never overlap in the body', () => {
    const spans = glossary.flatMap((g) =>
      g.match.flatMap((f) => findAll(body, f).map((s) => ({ no: g.no, f, s, e: s + f.length }))),
    )
    const bad = spans.flatMap((a) =>
      spans
        .filter((b) => b.no > a.no && a.s < b.e && b.s < a.e)
        .map((b) => `${a.no} ${a.f} overlaps ${b.no} ${b.f}`),
    )
    expect(bad).toEqual([])
  })
})

describe('coverage', () => {
  const tokens = findNumberTokens(body)
  const quoteSpans = indicators.flatMap((i) =>
    findAll(body, i.quote).map((s) => [s, s + i.quote.length] as const),
  )
  const inQuote = (t: NumberToken) => quoteSpans.some(([s, e]) => s <= t.start && t.end <= e)

  // Resolve each exclusion to the tokens it marks; record why an entry is unusable.
  const excluded = new Set<NumberToken>()
  const staleExclusions: string[] = []
  for (const { context } of coverageExclusions) {
    const plain = context.replace(/[[\]]/g, '')
    const starts = findAll(body, plain)
    if (starts.length !== 1) {
      staleExclusions.push(`${context}: occurs ${starts.length} times in the body (must be once)`)
      continue
    }
    const base = starts[0] ?? 0
    const marks = [...context.matchAll(/\[([^\]]+)\]/g)]
    if (marks.length === 0) staleExclusions.push(`${context}: marks no number`)
    marks.forEach((m, n) => {
      // Offset in the plain text: subtract the brackets before this mark.
      const start = base + m.index - 2 * n
      const token = tokens.find((t) => t.start === start && t.end === start + (m[1] ?? '').length)
      if (token === undefined) staleExclusions.push(`${context}: [${m[1]}] is not a number token`)
      else if (inQuote(token))
        staleExclusions.push(`${context}: [${m[1]}] is already covered by an indicator quote`)
      else excluded.add(token)
    })
  }

  it('no exclusion is stale: each occurs once and marks a number that needs excluding', () => {
    expect(staleExclusions).toEqual([])
  })

  it('every number in the body lies inside an indicator quote or an exclusion', () => {
    const uncovered = tokens.filter((t) => !excluded.has(t) && !inQuote(t))
    expect(uncovered.map((t) => `line ${lineOf(t.start)}: ${t.text}  ${around(t.start, t.end)}`)).toEqual([])
  })
})

describe('counts', () => {
  it('prints indicators by sector, year and kind, and tasks by sector; totals add up', () => {
    const columns = ['2022 outcome', '2023 target', 'tasks'] as const
    const cell = (i: Indicator) => `${i.year} ${i.kind}`
    const rows = Object.fromEntries(
      [...sectors]
        .sort((a, b) => a.order - b.order)
        .map((s) => [
          `${s.id} ${s.short}`,
          Object.fromEntries(
            columns.map((c) => [
              c,
              c === 'tasks'
                ? tasks.filter((t) => t.sector === s.id).length
                : indicators.filter((i) => i.sector === s.id && cell(i) === c).length,
            ]),
          ) as Record<(typeof columns)[number], number>,
        ]),
    )
    console.table(rows)
    const sum = (c: (typeof columns)[number]) => Object.values(rows).reduce((n, r) => n + r[c], 0)
    expect(sum('2022 outcome') + sum('2023 target')).toBe(indicators.length)
    expect(sum('tasks')).toBe(tasks.length)
  })
})
