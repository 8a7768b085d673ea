import type { z } from 'zod'

// Stored lists are untrusted input: keep the records that parse (first of a repeated key), set the rest aside
// with the reason in Chinese. One rule for entries, 通报 snapshots, 督办单 and the 单位名录; one for settings records.

export type Rejected = { record: unknown; problem: string }

export type KeepRule<T> = {
  schema: { safeParse: (v: unknown) => z.ZodSafeParseResult<T> }
  key: (record: T) => string
  /** Why a stored value without the list is set aside whole (缺少记录列表 entries); without it, none is empty */
  missing?: string
  /** How a repeated key is named; 编号重复：<key> unless told */
  duplicate?: (key: string) => string
}

/** The schema's complaints, each with the field it is about */
export const problemOf = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.join('.') || '记录'}：${i.message}`).join('；')

/** Reads the list under `field` of a stored object (e.g. { entries: [...] }) */
export function keepValid<T>(
  stored: unknown,
  field: string,
  rule: KeepRule<T>,
): { kept: T[]; rejected: Rejected[] } {
  const list =
    stored && typeof stored === 'object' && field in stored
      ? (stored as Record<string, unknown>)[field]
      : undefined
  if (!Array.isArray(list)) {
    // Without its list the whole stored value is unusable: it goes aside as it was read.
    if (rule.missing !== undefined) return { kept: [], rejected: [{ record: stored, problem: rule.missing }] }
    if (list === undefined) return { kept: [], rejected: [] }
    return { kept: [], rejected: [{ record: list, problem: `${field} 应为列表` }] }
  }
  const kept: T[] = []
  const rejected: Rejected[] = []
  const seen = new Set<string>()
  const duplicate = rule.duplicate ?? ((k: string) => `编号重复：${k}`)
  for (const record of list) {
    const parsed = rule.schema.safeParse(record)
    if (!parsed.success) rejected.push({ record, problem: problemOf(parsed.error) })
    else if (seen.has(rule.key(parsed.data)))
      rejected.push({ record, problem: duplicate(rule.key(parsed.data)) })
    else {
      seen.add(rule.key(parsed.data))
      kept.push(parsed.data)
    }
  }
  return { kept, rejected }
}

/** Reads a stored settings record field by field: each valid field is kept, an invalid one falls back to its default */
export function keepValidFields<S extends object>(
  stored: unknown,
  defaults: S,
  fields: { [K in keyof S]: { safeParse: (v: unknown) => z.ZodSafeParseResult<S[K]> } },
): { state: S; rejected: unknown[] } {
  const state = defaults
  const rejected: unknown[] = []
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  for (const key of Object.keys(state) as (keyof S & string)[]) {
    if (!(key in record)) continue
    const field = fields[key].safeParse(record[key])
    if (field.success) state[key] = field.data
    else rejected.push({ [key]: record[key] })
  }
  return { state, rejected }
}
