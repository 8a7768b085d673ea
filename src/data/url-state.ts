import { useSyncExternalStore } from 'react'
import { z } from 'zod'
import { measureSchema } from '@/data/dataset/schema'
import { formatPeriod } from '@/monitoring/period'
import { statusSchema } from '@/monitoring/status'

// Filters and shareable view state live in the URL only: parsed leniently, written without defaults.

const kindSchema = z.enum(['outcome', 'target', 'task'])

// A list param keeps its valid members and drops the rest, so one bad value never loses the others.
const list = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').flatMap((v) => (item.safeParse(v).success ? [v as z.infer<T>] : [])))
    .catch([])

export const urlStateSchema = z.object({
  /** ?sector=industry,rural */
  sector: list(z.string().regex(/^[a-z0-9-]+$/)),
  /** ?kind=target,task */
  kind: list(kindSchema),
  /** ?measure=growth_pct */
  measure: list(measureSchema),
  /** ?status=behind,unreported */
  status: list(statusSchema),
  /** ?unit=县统计局,县人社局 — 按牵头单位筛选, by unit name */
  unit: list(z.string().trim().min(1).max(40)),
  /** ?leader=张三 — 按责任领导筛选, by name */
  leader: list(z.string().trim().min(1).max(40)),
  /** ?q=农田 — free-text search over names and quotes */
  q: z.string().max(100).catch(''),
  /** ?term=三主三特 — the open glossary term */
  term: z.string().max(40).catch(''),
  /** ?passage=gdp-growth-2023 — the indicator or task whose 原文 view is open */
  passage: z.string().max(80).catch(''),
  /** ?view=report — the top-level tab (assign = 任务分解) */
  view: z.enum(['dashboard', 'progress', 'report', 'assign']).catch('dashboard'),
  /** ?period=2023-09 — 本期, the period every status is judged at; empty means the default 本期 (period.ts) */
  period: z
    .string()
    .regex(/^2023-(?:0[1-9]|1[0-2])$/)
    .catch(''),
})

export type UrlState = z.infer<typeof urlStateSchema>
export type Kind = z.infer<typeof kindSchema>

export const defaultUrlState: UrlState = urlStateSchema.parse({})

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
  return urlStateSchema.parse(raw)
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
