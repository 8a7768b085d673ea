// Suggests which 2022 outcome and 2023 target measure the same thing, so pairIds can be set by hand.
// Usage (npm run data:pairs -- …):
//   (no arguments)              list candidates (same measure, similar name), best first
//   --apply a=b ...             set pairId on both a and b (symmetric)
//   --apply "a=b=净增 vs 新增"  also set the same pairNote on both
//   --unpair a ...              remove the pair of a (and of its partner)
import { readFileSync, writeFileSync } from 'node:fs'

type Indicator = {
  id: string
  name: string
  year: number
  measure: string
  unit: string
  written: string
  qualifier?: string
  pairId?: string
  pairNote?: string
}
type Dataset = { indicators: Indicator[] }

/** Sets or removes pairs in place, symmetric on both sides, leaving no one-sided pair behind; returns a log */
export function applyPairs(
  dataset: Dataset,
  mode: '--apply' | '--unpair',
  specs: readonly string[],
): string[] {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]))
  const unpair = (i: Indicator | undefined) => {
    if (!i) return
    delete i.pairId
    delete i.pairNote
  }
  return specs.map((spec) => {
    const [a = '', b = '', note] = spec.split('=')
    const x = byId.get(a)
    if (!x) throw new Error(`unknown id ${a}`)
    if (mode === '--unpair') {
      const partner = x.pairId ? byId.get(x.pairId) : undefined
      unpair(x)
      unpair(partner)
      return `unpaired ${a}`
    }
    const y = byId.get(b)
    if (!y) throw new Error(`unknown id ${b}`)
    if (x.year === y.year) throw new Error(`${a} and ${b} are both ${x.year}`)
    for (const [i, j] of [
      [x, y],
      [y, x],
    ] as const) {
      if (i.pairId && i.pairId !== j.id) unpair(byId.get(i.pairId))
      i.pairId = j.id
      if (note) i.pairNote = note
      else delete i.pairNote
    }
    return `paired ${a} ↔ ${b}${note ? ` (${note})` : ''}`
  })
}

// Name stem: drop words that only say how the figure is framed, so 新增城镇就业 ~ 城镇就业.
const FRAMING = /新增|新建|新培育|培育|完成|实现|全县|同比|累计|力争|年内|增速|增长率|增长/g
const stem = (name: string) => name.replace(FRAMING, '')
const bigrams = (s: string) => {
  const chars = Array.from(s)
  return new Set(chars.slice(0, -1).map((c, n) => c + chars[n + 1]!))
}

/** Dice similarity of two names' character bigrams, 0–1 */
export function dice(a: string, b: string): number {
  const x = bigrams(a)
  const y = bigrams(b)
  if (x.size === 0 || y.size === 0) return a === b ? 1 : 0
  let common = 0
  for (const g of x) if (y.has(g)) common++
  return (2 * common) / (x.size + y.size)
}

const BEFORE = ['突破', '超', '超过', '控制在', '不低于', '不超过', '低于', '前'] // qualifiers written before the figure
const figure = (i: Indicator) => {
  const q = i.qualifier ?? ''
  return BEFORE.includes(q) ? `${q}${i.written}${i.unit}` : `${i.written}${i.unit}${q}`
}

export type Suggestion = { target: Indicator; candidates: { outcome: Indicator; score: number }[] }

/** For each 2023 target, up to three 2022 outcomes with a similar name, best first (score ≥ 0.5) */
export function suggestPairs(dataset: Dataset): Suggestion[] {
  const outcomes = dataset.indicators.filter((i) => i.year === 2022)
  return dataset.indicators
    .filter((i) => i.year === 2023)
    .map((t) => ({
      target: t,
      candidates: outcomes
        .map((o) => ({
          outcome: o,
          score:
            dice(stem(t.name), stem(o.name)) +
            (o.measure === t.measure ? 0.2 : -1) +
            (o.unit === t.unit ? 0.1 : 0),
        }))
        .filter((c) => c.score >= 0.5)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3),
    }))
    .filter((s) => s.candidates.length > 0)
}

export function describeSuggestions(suggestions: readonly Suggestion[]): string[] {
  return suggestions.flatMap(({ target: t, candidates }) => [
    `${t.id}  ${t.name} ${figure(t)} (${t.measure})${t.pairId ? ` [paired with ${t.pairId}]` : ''}`,
    ...candidates.map(({ outcome: o, score }) => {
      const flags = [o.unit !== t.unit && `unit ${o.unit}≠${t.unit}`, o.pairId && `paired with ${o.pairId}`]
        .filter(Boolean)
        .join(', ')
      return `   ${score.toFixed(2)}  ${o.id}  ${o.name} ${figure(o)}${flags ? `  (${flags})` : ''}`
    }),
  ])
}

/** The command line: reads and, with --apply or --unpair, rewrites data/qidong-2023.json */
export function main(args: readonly string[], file = new URL('./qidong-2023.json', import.meta.url)) {
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset
  const [mode, ...specs] = args
  if (mode === '--apply' || mode === '--unpair') {
    for (const line of applyPairs(dataset, mode, specs)) console.log(line)
    writeFileSync(file, `${JSON.stringify(dataset, null, 2)}\n`)
  } else for (const line of describeSuggestions(suggestPairs(dataset))) console.log(line)
}
