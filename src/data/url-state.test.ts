// Any URL parses to a valid state; defaults are left out of links; a state survives a round trip.
import { act, renderHook } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MEASURES } from '@/data/dataset/measures'
import { STATUSES } from '@/monitoring/status'
import { parseUrlState, serializeUrlState, updateUrlState, useUrlValue } from './url-state'

// The zod schema the URL was read with before the first screen dropped zod: the small check must read every query
// exactly as it did (same values, same fallbacks, same order of keys).
const list = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').flatMap((v) => (item.safeParse(v).success ? [v as z.infer<T>] : [])))
    .catch([])
const formerSchema = z.object({
  sector: list(z.string().regex(/^[a-z0-9-]+$/)),
  kind: list(z.enum(['outcome', 'target', 'task'])),
  measure: list(z.enum(MEASURES)),
  status: list(z.enum(STATUSES)),
  unit: list(z.string().trim().min(1).max(40)),
  leader: list(z.string().trim().min(1).max(40)),
  q: z.string().max(100).catch(''),
  term: z.string().max(40).catch(''),
  passage: z.string().max(80).catch(''),
  view: z.enum(['dashboard', 'progress', 'report', 'assign']).catch('dashboard'),
  period: z
    .string()
    .regex(/^2023-(?:0[1-9]|1[0-2])$/)
    .catch(''),
  pending: z.enum(['', '1']).catch(''),
})

describe('url state', () => {
  it('parses an empty query to the defaults and writes them as nothing', () => {
    const state = parseUrlState('')
    expect(state).toMatchObject({ sector: [], kind: [], q: '', term: '', view: 'dashboard' })
    expect(serializeUrlState(state)).toBe('')
  })

  it('round-trips a full state', () => {
    const search = serializeUrlState({
      ...parseUrlState(''),
      sector: ['industry', 'rural'],
      kind: ['target'],
      measure: ['growth_pct'],
      status: ['behind'],
      unit: ['县统计局', '洪桥街道'],
      leader: ['张三'],
      q: '高标准农田',
      term: '三主三特',
      period: '2023-06',
      view: 'report',
      pending: '1',
    })
    expect(parseUrlState(search)).toEqual({
      sector: ['industry', 'rural'],
      kind: ['target'],
      measure: ['growth_pct'],
      status: ['behind'],
      unit: ['县统计局', '洪桥街道'],
      leader: ['张三'],
      q: '高标准农田',
      term: '三主三特',
      passage: '',
      period: '2023-06',
      view: 'report',
      pending: '1',
    })
  })

  it('reads unit= and leader= as lists of names, several allowed, and 任务分解 as a view', () => {
    const state = parseUrlState(
      '?unit=%E5%8E%BF%E7%BB%9F%E8%AE%A1%E5%B1%80,,洪桥街道&leader=张三&view=assign',
    )
    expect(state).toMatchObject({ unit: ['县统计局', '洪桥街道'], leader: ['张三'], view: 'assign' })
    expect(serializeUrlState({ ...parseUrlState(''), unit: ['县统计局'] })).toBe(
      `?unit=${encodeURIComponent('县统计局')}`,
    )
    expect(parseUrlState(`?unit=${'长'.repeat(41)},县人社局`).unit).toEqual(['县人社局'])
  })

  it('reads 本期 only as a month of 2023', () => {
    expect(parseUrlState('?period=2023-12').period).toBe('2023-12')
    expect(parseUrlState('?period=2023-13').period).toBe('')
    expect(parseUrlState('?period=2024-01').period).toBe('')
    expect(parseUrlState('?period=2023-9').period).toBe('')
  })

  it('keeps old ?month= links and status=stale links working as 本期 and 未报送', () => {
    expect(parseUrlState('?month=9').period).toBe('2023-09')
    expect(parseUrlState('?month=12').period).toBe('2023-12')
    expect(parseUrlState('?month=13').period).toBe('')
    expect(parseUrlState('?month=3&period=2023-06').period).toBe('2023-06')
    expect(serializeUrlState(parseUrlState('?view=report&month=9'))).toBe('?view=report&period=2023-09')
    expect(parseUrlState('?status=behind,stale').status).toEqual(['behind', 'unreported'])
  })

  it('keeps old ?source= links to the 原文 view working as ?passage=', () => {
    expect(parseUrlState('?source=gdp-growth-2023').passage).toBe('gdp-growth-2023')
    expect(serializeUrlState(parseUrlState('?source=gdp-growth-2023'))).toBe('?passage=gdp-growth-2023')
  })

  it('keeps the valid members of a list and drops broken ones', () => {
    expect(parseUrlState('?kind=target,bogus&measure=%%%,rank').kind).toEqual(['target'])
    expect(parseUrlState('?measure=rank,xx').measure).toEqual(['rank'])
  })

  it('falls back to defaults for unknown params and broken values', () => {
    const state = parseUrlState('?view=nope&q=' + 'x'.repeat(500) + '&foo=bar&sector=Bad%20Id')
    expect(state).toMatchObject({ view: 'dashboard', q: '', sector: [] })
  })

  it('reads any query exactly as the former zod schema did', () => {
    const keys = Object.keys(formerSchema.shape)
    const piece = fc.oneof(
      fc.constantFrom(...keys.flatMap((k) => [k, ...(k === 'view' ? ['report', 'nope'] : [])])),
      fc.constantFrom(
        '',
        ' ',
        '  县统计局 ',
        '2023-09',
        '2023-13',
        '1',
        'rank',
        'behind',
        'target',
        'Bad Id',
      ),
      fc.constantFrom(...MEASURES, ...STATUSES, 'industry', 'rural-2', '张三'),
      fc.string({ maxLength: 4 }),
      fc.nat(130).map((n) => '长'.repeat(n)),
    )
    const value = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(','))
    // Old month=, source= and status=stale links are migrated first (tested above); x= is not a parameter.
    const query = fc.array(fc.tuple(fc.constantFrom(...keys, 'x'), value), { maxLength: 8 })
    fc.assert(
      fc.property(query, (pairs) => {
        const search = new URLSearchParams(pairs).toString()
        const raw: Record<string, string> = {}
        for (const [key, text] of new URLSearchParams(search)) if (keys.includes(key)) raw[key] = text
        expect(Object.entries(parseUrlState(search))).toEqual(Object.entries(formerSchema.parse(raw)))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads renamed parameters of older links', () => {
    expect(parseUrlState('?sectors=rural&search=农田')).toMatchObject({ sector: ['rural'], q: '农田' })
  })
})

describe('useUrlValue', () => {
  it('re-renders only when its own value changes, and keeps list identity while unchanged', () => {
    window.history.replaceState(null, '', '/?sector=rural')
    let renders = 0
    const { result } = renderHook(() => {
      renders++
      return useUrlValue('sector')
    })
    const first = result.current
    expect(first).toEqual(['rural'])

    act(() => {
      updateUrlState({ q: '农田' })
    })
    act(() => {
      updateUrlState({ term: '三主三特' })
    })
    expect(renders).toBe(1)
    expect(result.current).toBe(first)

    act(() => {
      updateUrlState({ sector: ['rural', 'urban'] })
    })
    expect(renders).toBe(2)
    expect(result.current).toEqual(['rural', 'urban'])
  })
})
