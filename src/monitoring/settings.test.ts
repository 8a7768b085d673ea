// @vitest-environment node
// A stored settings record keeps each valid setting; an invalid or missing one falls back to its default.
import { expect, it } from 'vitest'
import { defaultSettings } from './settings'
import { validateSettings } from './stored-records'

it('defaults to a 5-point tolerance and the 25th as 报送截止日', () => {
  expect(defaultSettings()).toEqual({ tolerancePp: 5, dueDay: 25 })
})

it('keeps a valid setting and sets an invalid one aside, defaulting it', () => {
  expect(validateSettings({ tolerancePp: 8, dueDay: 31 })).toEqual({
    state: { tolerancePp: 8, dueDay: 25 },
    rejected: [{ dueDay: 31 }],
  })
  expect(validateSettings(null)).toEqual({ state: defaultSettings(), rejected: [] })
})
