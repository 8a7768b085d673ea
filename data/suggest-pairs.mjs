#!/usr/bin/env node
// Suggests which 2022 outcome and 2023 target measure the same thing, so pairIds can be set by hand.
// Usage:
//   node data/suggest-pairs.mjs                 list candidates (same measure, similar name), best first
//   node data/suggest-pairs.mjs --apply a=b ... set pairId on both a and b (symmetric)
//   node data/suggest-pairs.mjs --apply "a=b=净增 vs 新增" ...  also set the same pairNote on both
//   node data/suggest-pairs.mjs --unpair a ...  remove the pair of a (and of its partner)
import { readFileSync, writeFileSync } from 'node:fs'

const DATASET = new URL('./qidong-2023.json', import.meta.url)
const dataset = JSON.parse(readFileSync(DATASET, 'utf8'))
const byId = new Map(dataset.indicators.map((i) => [i.id, i]))
const args = process.argv.slice(2)

if (args[0] === '--apply' || args[0] === '--unpair') {
  for (const spec of args.slice(1)) {
    const [a, b, note] = spec.split('=')
    const x = byId.get(a)
    if (!x) throw new Error(`unknown id ${a}`)
    if (args[0] === '--unpair') {
      for (const i of [x, byId.get(x.pairId)]) if (i) (delete i.pairId, delete i.pairNote)
      console.log(`unpaired ${a}`)
      continue
    }
    const y = byId.get(b)
    if (!y) throw new Error(`unknown id ${b}`)
    if (x.year === y.year) throw new Error(`${a} and ${b} are both ${x.year}`)
    for (const [i, j] of [
      [x, y],
      [y, x],
    ]) {
      const old = i.pairId && i.pairId !== j.id ? byId.get(i.pairId) : undefined
      if (old) (delete old.pairId, delete old.pairNote) // leave no one-sided pair behind
      i.pairId = j.id
      if (note) i.pairNote = note
      else delete i.pairNote
    }
    console.log(`paired ${a} ↔ ${b}${note ? ` (${note})` : ''}`)
  }
  writeFileSync(DATASET, `${JSON.stringify(dataset, null, 2)}\n`)
  process.exit(0)
}

// Name stem: drop words that only say how the figure is framed, so 新增城镇就业 ~ 城镇就业.
const FRAMING = /新增|新建|新培育|培育|完成|实现|全县|同比|累计|力争|年内|增速|增长率|增长/g
const stem = (name) => name.replace(FRAMING, '')
const bigrams = (s) => new Set([...s].slice(0, -1).map((c, n) => c + s[n + 1]))
function dice(a, b) {
  const x = bigrams(a)
  const y = bigrams(b)
  if (x.size === 0 || y.size === 0) return a === b ? 1 : 0
  let common = 0
  for (const g of x) if (y.has(g)) common++
  return (2 * common) / (x.size + y.size)
}

const outcomes = dataset.indicators.filter((i) => i.year === 2022)
const targets = dataset.indicators.filter((i) => i.year === 2023)
const BEFORE = ['突破', '超', '超过', '控制在', '不低于', '不超过', '低于', '前'] // qualifiers written before the figure
const figure = (i) => {
  const q = i.qualifier ?? ''
  return BEFORE.includes(q) ? `${q}${i.written}${i.unit}` : `${i.written}${i.unit}${q}`
}

for (const t of targets) {
  const candidates = outcomes
    .map((o) => ({
      o,
      score:
        dice(stem(t.name), stem(o.name)) +
        (o.measure === t.measure ? 0.2 : -1) +
        (o.unit === t.unit ? 0.1 : 0),
    }))
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
  if (candidates.length === 0) continue
  const current = t.pairId ? ` [paired with ${t.pairId}]` : ''
  console.log(`${t.id}  ${t.name} ${figure(t)} (${t.measure})${current}`)
  for (const { o, score } of candidates) {
    const flags = [
      o.unit !== t.unit && `unit ${o.unit}≠${t.unit}`,
      o.pairId && `paired with ${o.pairId}`,
    ].filter(Boolean)
    console.log(
      `   ${score.toFixed(2)}  ${o.id}  ${o.name} ${figure(o)}${flags.length ? `  (${flags.join(', ')})` : ''}`,
    )
  }
}
