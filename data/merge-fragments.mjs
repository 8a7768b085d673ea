#!/usr/bin/env node
// Merges indicator and task fragments into data/qidong-2023.json, replacing its indicators and tasks.
// Usage: node data/merge-fragments.mjs [--dry-run] fragment.json ...
// A fragment is a JSON array of indicators and/or tasks, or an object { indicators?, tasks? }.
// Items are told apart by shape: an indicator has year/value/written, a task has only id/sector/name/quote.
// pairId, pairNote and headline set by hand in the dataset are kept for ids the fragments do not set them on,
// and a paired 2022 outcome takes its 2023 target's sector, so re-running the merge does not lose the pairing.
import { readFileSync, writeFileSync } from 'node:fs'

const DATASET = new URL('./qidong-2023.json', import.meta.url)
const SOURCE = new URL('./source/qidong-2023-government-work-report.txt', import.meta.url)

const INDICATOR_KEYS = [
  'id',
  'sector',
  'name',
  'year',
  'kind',
  'value',
  'written',
  'unit',
  'measure',
  'comparator',
  'qualifier',
  'direction',
  'quote',
  'headline',
  'pairId',
  'pairNote',
]
const TASK_KEYS = ['id', 'sector', 'name', 'quote']
const HAND_SET = ['headline', 'pairId', 'pairNote']
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ENUMS = {
  kind: ['outcome', 'target'],
  measure: ['level', 'growth_pct', 'count', 'share_pct', 'change_pp', 'rank'],
  comparator: ['about', 'at_least', 'at_most', 'exact'],
  direction: ['higher_is_better', 'lower_is_better'],
}

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const files = args.filter((a) => !a.startsWith('--'))
if (files.length === 0) {
  console.error('usage: node data/merge-fragments.mjs [--dry-run] fragment.json ...')
  process.exit(2)
}

const dataset = JSON.parse(readFileSync(DATASET, 'utf8'))
const source = readFileSync(SOURCE, 'utf8')
const sectorOrder = new Map(dataset.sectors.map((s) => [s.id, s.order]))
const errors = []
const str = (v) => typeof v === 'string' && v.length > 0

/** Basic shape only; the full rules live in src/data/schema.ts and dataset.test.ts. */
function shapeErrors(item, isIndicator) {
  const e = []
  if (!SLUG.test(item.id ?? '')) e.push(`id ${JSON.stringify(item.id)} is not a slug`)
  if (!sectorOrder.has(item.sector)) e.push(`unknown sector ${JSON.stringify(item.sector)}`)
  for (const k of ['name', 'quote']) if (!str(item[k])) e.push(`${k} missing`)
  const allowed = isIndicator ? INDICATOR_KEYS : TASK_KEYS
  for (const k of Object.keys(item)) if (!allowed.includes(k)) e.push(`unexpected key ${k}`)
  if (!isIndicator) return e
  if (item.year !== 2022 && item.year !== 2023) e.push(`year ${item.year}`)
  if (typeof item.value !== 'number' || !Number.isFinite(item.value)) e.push(`value ${item.value}`)
  if (!str(item.written)) e.push('written missing')
  if (typeof item.unit !== 'string') e.push('unit missing')
  for (const [k, values] of Object.entries(ENUMS)) if (!values.includes(item[k])) e.push(`${k} ${item[k]}`)
  return e
}

const indicators = []
const tasks = []
for (const file of files) {
  let data
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    errors.push(`${file}: ${err.message}`)
    continue
  }
  const items = Array.isArray(data) ? data : [...(data.indicators ?? []), ...(data.tasks ?? [])]
  items.forEach((item, n) => {
    const isIndicator =
      item !== null && typeof item === 'object' && ('year' in item || 'value' in item || 'written' in item)
    const problems =
      item !== null && typeof item === 'object' ? shapeErrors(item, isIndicator) : ['not an object']
    if (problems.length > 0) errors.push(`${file}[${n}] ${item?.id ?? ''}: ${problems.join('; ')}`)
    else (isIndicator ? indicators : tasks).push({ item, file })
  })
  console.log(`${file}: ${items.length} items`)
}

// Ids must be unique across indicators and tasks.
const seen = new Map()
for (const { item, file } of [...indicators, ...tasks]) {
  if (seen.has(item.id)) errors.push(`id collision: ${item.id} in ${seen.get(item.id)} and ${file}`)
  else seen.set(item.id, file)
}

// Same quote and figure twice: probably one statement extracted by two people.
const duplicates = []
const byQuote = new Map()
for (const { item, file } of indicators) {
  const key = `${item.quote}\u0000${item.written}`
  if (byQuote.has(key))
    duplicates.push(`${item.id} (${file}) = ${byQuote.get(key)}: "${item.written}" in ${item.quote}`)
  else byQuote.set(key, `${item.id} (${file})`)
}
const taskQuotes = new Map()
for (const { item, file } of tasks) {
  if (taskQuotes.has(item.quote))
    duplicates.push(`task ${item.id} (${file}) = ${taskQuotes.get(item.quote)}: ${item.quote}`)
  else taskQuotes.set(item.quote, `${item.id} (${file})`)
}

const notInSource = [...indicators, ...tasks].filter(({ item }) => !source.includes(item.quote))
for (const { item, file } of notInSource)
  errors.push(`${file} ${item.id}: quote not in the report: ${item.quote}`)

// Keep hand-set pairing and headline flags from the current dataset.
const previous = new Map(dataset.indicators.map((i) => [i.id, i]))
let carried = 0
for (const { item } of indicators) {
  const old = previous.get(item.id)
  for (const k of HAND_SET) {
    if (item[k] === undefined && old?.[k] !== undefined) {
      item[k] = old[k]
      carried++
    }
  }
}

// A pair lives in one sector, the 2023 target's (data/README.md), so a re-merge keeps hand-made pairs valid.
const indicatorById = new Map(indicators.map(({ item }) => [item.id, item]))
for (const { item } of indicators) {
  const partner = item.year === 2022 && item.pairId ? indicatorById.get(item.pairId) : undefined
  if (partner && partner.sector !== item.sector) {
    console.log(`sector of ${item.id}: ${item.sector} → ${partner.sector} (its pair ${partner.id})`)
    item.sector = partner.sector
  }
}

const position = (quote) => {
  const i = source.indexOf(quote)
  return i < 0 ? Infinity : i
}
const ordered = (keys) => (item) =>
  Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]))
const bySectorThen = (extra) => (a, b) =>
  sectorOrder.get(a.sector) - sectorOrder.get(b.sector) ||
  extra(a, b) ||
  position(a.quote) - position(b.quote) ||
  a.id.localeCompare(b.id)

const mergedIndicators = indicators
  .map((x) => x.item)
  .sort(bySectorThen((a, b) => a.year - b.year))
  .map(ordered(INDICATOR_KEYS))
const mergedTasks = tasks
  .map((x) => x.item)
  .sort(bySectorThen(() => 0))
  .map(ordered(TASK_KEYS))

if (duplicates.length > 0)
  console.log(`\nDuplicates (same quote and figure) — check by hand:\n  ${duplicates.join('\n  ')}`)
const dangling = mergedIndicators.filter((i) => i.pairId && !mergedIndicators.some((j) => j.id === i.pairId))
for (const i of dangling) console.log(`pairId ${i.id} → ${i.pairId} does not resolve after the merge`)
console.log(
  `\n${mergedIndicators.length} indicators, ${mergedTasks.length} tasks; ${carried} hand-set fields kept`,
)

if (errors.length > 0) {
  console.error(`\n${errors.length} errors, dataset NOT written:\n  ${errors.join('\n  ')}`)
  process.exit(1)
}
if (dryRun) {
  console.log('dry run: dataset not written')
} else {
  writeFileSync(
    DATASET,
    `${JSON.stringify({ ...dataset, indicators: mergedIndicators, tasks: mergedTasks }, null, 2)}\n`,
  )
  console.log(`wrote ${DATASET.pathname}`)
}
