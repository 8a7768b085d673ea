// Any URL parses to a valid state; defaults are left out of links; a state survives a round trip.
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { parseUrlState, serializeUrlState, updateUrlState, useUrlValue } from './url-state'

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
      q: '高标准农田',
      term: '三主三特',
      month: '6',
      view: 'report',
    })
    expect(parseUrlState(search)).toEqual({
      sector: ['industry', 'rural'],
      kind: ['target'],
      measure: ['growth_pct'],
      status: ['behind'],
      q: '高标准农田',
      term: '三主三特',
      source: '',
      month: '6',
      view: 'report',
    })
  })

  it('reads the 通报 month only as 1–12', () => {
    expect(parseUrlState('?month=12').month).toBe('12')
    expect(parseUrlState('?month=13').month).toBe('')
    expect(parseUrlState('?month=06').month).toBe('')
  })

  it('keeps the valid members of a list and drops broken ones', () => {
    expect(parseUrlState('?kind=target,bogus&measure=%%%,rank').kind).toEqual(['target'])
    expect(parseUrlState('?measure=rank,xx').measure).toEqual(['rank'])
  })

  it('falls back to defaults for unknown params and broken values', () => {
    const state = parseUrlState('?view=nope&q=' + 'x'.repeat(500) + '&foo=bar&sector=Bad%20Id')
    expect(state).toMatchObject({ view: 'dashboard', q: '', sector: [] })
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
