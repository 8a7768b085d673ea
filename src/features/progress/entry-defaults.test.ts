// @vitest-environment node
// The entry form starts at 本期 and leaves 截至月份 or 口径 unchosen exactly where a default would mislead.
import { expect, it } from 'vitest'
import { defaultAsOf, defaultBasis } from './entry-defaults'

it('starts 截至月份 at 本期', () => {
  expect(defaultAsOf(6, { periodChosen: false, hasEntries: false })).toBe('2023-06')
  expect(defaultAsOf(9, { periodChosen: true, hasEntries: true })).toBe('2023-09')
})

it('never offers 1—12月 by default on an empty store, unless 本期 12月 was chosen', () => {
  expect(defaultAsOf(12, { periodChosen: false, hasEntries: false })).toBe('')
  expect(defaultAsOf(12, { periodChosen: true, hasEntries: false })).toBe('2023-12')
  expect(defaultAsOf(12, { periodChosen: false, hasEntries: true })).toBe('2023-12')
})

it('leaves 口径 unchosen where 正式 would decide the status', () => {
  const total = { measure: 'level', value: 4.6 } as const
  const growth = { measure: 'growth_pct', value: 7.5 } as const
  expect(defaultBasis(total, '2023-06')).toBe('')
  expect(defaultBasis(growth, '2023-06')).toBe('provisional')
  expect(defaultBasis(growth, '2023-12')).toBe('')
  expect(defaultBasis(growth, '')).toBe('provisional')
})
