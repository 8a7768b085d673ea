import { zh } from '@/i18n/zh'
import { periodMonth } from '@/monitoring/period'
import { defaultUrlState, type UrlState } from './url-state'

// Every filter in the URL, in words, so a shared link says how it is narrowed wherever it opens.

type View = UrlState['view']
type Key = keyof UrlState
/** Names the words need that only the dataset knows */
export type FilterNames = { sector: (id: string) => string }

type Describer<K extends Key> = {
  /** The views this filter narrows; left out, every view */
  views?: readonly View[]
  words: (value: UrlState[K], names: FilterNames) => string[]
}

// Parameters that open something (a tab, the glossary, the 原文 view) rather than narrow what is shown.
const notFilters: ReadonlySet<Key> = new Set<Key>(['view', 'term', 'passage'])

// A new URL parameter needs no entry here to be shown (its values are listed as they are); an entry gives it
// words and limits it to the views it narrows.
// The views each filter narrows: the 看板 takes them all; 进度监测 and the 通报 take sector, search, unit, leader
// (进度监测 status too) and 本期; 任务分解 none.
const itemViews: readonly View[] = ['dashboard', 'progress', 'report']
const describers: { [K in Key]?: Describer<K> } = {
  sector: { views: itemViews, words: (ids, names) => ids.map((id) => names.sector(id)) },
  kind: { views: ['dashboard'], words: (kinds) => kinds.map((k) => zh.kinds[k]) },
  measure: { views: ['dashboard'], words: (measures) => measures.map((m) => zh.measures[m]) },
  status: { views: ['dashboard', 'progress'], words: (statuses) => statuses.map((s) => zh.status[s]) },
  unit: { views: itemViews, words: (units) => [zh.scopeUnit(units.join('、'))] },
  leader: { views: itemViews, words: (leaders) => [zh.scopeLeader(leaders.join('、'))] },
  q: { views: itemViews, words: (q) => (q.trim() ? [zh.searchFor(q.trim())] : []) },
  period: { views: itemViews, words: (period) => [zh.filterPeriod(periodMonth(period))] },
}

const isDefault = (key: Key, value: unknown) => String(value) === String(defaultUrlState[key])

function fallbackWords(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' && value.trim() ? [value.trim()] : []
}

function wordsOf<K extends Key>(key: K, value: UrlState[K], view: View, names: FilterNames): string[] {
  const describer = describers[key]
  if (describer?.views && !describer.views.includes(view)) return []
  return describer ? describer.words(value, names) : fallbackWords(value)
}

/** The filters in force on the state's view, each as its words, in URL-schema order */
export function filterParts(
  state: UrlState,
  names: FilterNames,
  options: { omit?: readonly Key[] } = {},
): { key: Key; words: string[] }[] {
  return (Object.keys(defaultUrlState) as Key[]).flatMap((key) => {
    if (notFilters.has(key) || options.omit?.includes(key) || isDefault(key, state[key])) return []
    const words = wordsOf(key, state[key], state.view, names)
    return words.length > 0 ? [{ key, words }] : []
  })
}

/** "乡村振兴、民生保障、搜索“农田”", or undefined when nothing narrows the view */
export function describeUrlFilters(
  state: UrlState,
  names: FilterNames,
  options: { omit?: readonly Key[] } = {},
): string | undefined {
  const words = filterParts(state, names, options).flatMap((p) => p.words)
  return words.length > 0 ? words.join('、') : undefined
}

/** The URL patch that clears every filter the description names (and nothing it does not, such as the tab) */
export function clearedFilters(state: UrlState, names: FilterNames): Partial<UrlState> {
  return Object.fromEntries(filterParts(state, names).map(({ key }) => [key, defaultUrlState[key]]))
}
