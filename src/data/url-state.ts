import { useSyncExternalStore } from 'react'
import { MEASURES } from '@/data/dataset/measures'
import { formatPeriod } from '@/monitoring/period'
import { STATUSES } from '@/monitoring/status'

// Filters and shareable view state live in the URL only: parsed leniently, written without defaults. Each parameter
// is a short closed value, so a small check reads it here, without zod on the first screen.

export const KINDS = ['outcome', 'target', 'task'] as const
export type Kind = (typeof KINDS)[number]
const VIEWS = ['dashboard', 'progress', 'report', 'assign'] as const

/** Reads one parameter's text (undefined when absent) as a valid value, or its default */
type Param<T> = (text: string | undefined) => T

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value)
// A list param keeps its valid members and drops the rest, so one bad value never loses the others.
const list =
  <T extends string>(valid: (value: string) => value is T): Param<T[]> =>
  (text) =>
    text === undefined ? [] : text.split(',').filter(valid)
const upTo =
  (max: number): Param<string> =>
  (text) =>
    text !== undefined && text.length <= max ? text : ''
const choice =
  <T extends string>(values: readonly T[], fallback: T): Param<T> =>
  (text) =>
    text !== undefined && oneOf(values)(text) ? text : fallback
/** A unit or leader name: 1–40 characters once trimmed (kept as written) */
const isName = (value: string): value is string => {
  const length = value.trim().length
  return length >= 1 && length <= 40
}
const isSlug = (value: string): value is string => /^[a-z0-9-]+$/.test(value)
const MONTH_OF_2023 = /^2023-(?:0[1-9]|1[0-2])$/

const readers = {
  /** ?sector=industry,rural */
  sector: list(isSlug),
  /** ?kind=target,task */
  kind: list(oneOf(KINDS)),
  /** ?measure=growth_pct */
  measure: list(oneOf(MEASURES)),
  /** ?status=behind,unreported */
  status: list(oneOf(STATUSES)),
  /** ?unit=县统计局,县人社局 — 按牵头单位筛选, by unit name */
  unit: list(isName),
  /** ?leader=张三 — 按责任领导筛选, by name */
  leader: list(isName),
  /** ?q=农田 — free-text search over names and quotes */
  q: upTo(100),
  /** ?term=三主三特 — the open glossary term */
  term: upTo(40),
  /** ?passage=gdp-growth-2023 — the indicator or task whose 原文 view is open */
  passage: upTo(80),
  /** ?view=report — the top-level tab (assign = 任务分解) */
  view: choice(VIEWS, 'dashboard'),
  /** ?period=2023-09 — 本期, the period every status is judged at; empty means the default 本期 (period.ts) */
  period: (text: string | undefined) => (text !== undefined && MONTH_OF_2023.test(text) ? text : ''),
  /** ?pending=1 — the 通报 also counts entries still 待审核 (shared server), marked as such */
  pending: choice(['', '1'] as const, ''),
} satisfies Record<string, Param<unknown>>

export type UrlState = { [K in keyof typeof readers]: ReturnType<(typeof readers)[K]> }

const readParams = (raw: Readonly<Record<string, string>>): UrlState =>
  Object.fromEntries(
    Object.entries(readers).map(([key, read]) => [key, read(Object.hasOwn(raw, key) ? raw[key] : undefined)]),
  ) as UrlState

export const defaultUrlState: UrlState = readParams({})

// Renamed parameters from older links, mapped here once (OWID Grapher's migration idea).
const renamed: Record<string, keyof UrlState> = {
  sectors: 'sector',
  kinds: 'kind',
  search: 'q',
  source: 'passage',
}
// ?month=9 (the 通报's 截至 month) became 本期 ?period=2023-09; 数据过期 became 未报送.
const migrateMonth = (month: string) => (/^(?:[1-9]|1[0-2])$/.test(month) ? formatPeriod(Number(month)) : '')
const migrateStatus = (list: string) =>
  list
    .split(',')
    .map((s) => (s === 'stale' ? 'unreported' : s))
    .join(',')

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  const raw: Record<string, string> = {}
  for (const [key, value] of params) {
    const name = renamed[key] ?? key
    if (name in defaultUrlState) raw[name] = name === 'status' ? migrateStatus(value) : value
  }
  const month = params.get('month')
  if (month !== null && !params.has('period')) raw.period = migrateMonth(month)
  return readParams(raw)
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(defaultUrlState) as (keyof UrlState)[]) {
    const value = state[key]
    const text = Array.isArray(value) ? value.join(',') : value
    const fallback = defaultUrlState[key]
    if (text !== (Array.isArray(fallback) ? fallback.join(',') : fallback)) params.set(key, text)
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

const listeners = new Set<() => void>()
const notify = () => {
  for (const l of listeners) l()
}
export function subscribeUrlState(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

let cached: { search: string; state: UrlState } | undefined
function snapshot(): UrlState {
  const search = window.location.search
  if (cached?.search === search) return cached.state
  const next = parseUrlState(search)
  const before = cached?.state
  // A value that did not change keeps its identity (lists too), so useUrlValue re-renders only on its own change.
  const state = before
    ? (Object.fromEntries(
        Object.entries(next).map(([k, v]) => {
          const old = before[k as keyof UrlState]
          return [k, String(old) === String(v) ? old : v]
        }),
      ) as UrlState)
    : next
  cached = { search, state }
  return state
}

// Prerendered at build time (src/app/prerender.tsx) there is no URL: the defaults are the first view.
const serverSnapshot = () => defaultUrlState

/** The whole URL state: re-renders on every change of it. */
export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribeUrlState, snapshot, serverSnapshot)
}

/** One value of the URL state: re-renders only when that value changes, not on every filter click. */
export function useUrlValue<K extends keyof UrlState>(key: K): UrlState[K] {
  return useSyncExternalStore(
    subscribeUrlState,
    () => snapshot()[key],
    () => defaultUrlState[key],
  )
}

/** The link to the URL state with `patch` applied ('?' is the default view). */
export function urlStateHref(patch: Partial<UrlState>, state: UrlState = snapshot()): string {
  return serializeUrlState({ ...state, ...patch }) || '?'
}

/** Applies a change as a new history entry (back undoes it), or in place with { replace: true }. */
export function updateUrlState(patch: Partial<UrlState>, options: { replace?: boolean } = {}) {
  const next = serializeUrlState({ ...snapshot(), ...patch })
  const url = `${window.location.pathname}${next}${window.location.hash}`
  if (options.replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  notify()
}
