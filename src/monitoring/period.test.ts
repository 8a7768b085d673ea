// @vitest-environment node
// A period is due, defaulted and reported by the documented calendar rule, at every boundary.
import { describe, expect, it } from 'vitest'
import {
  defaultPeriod,
  duePeriod,
  formatPeriod,
  itemFrequency,
  missedPeriods,
  parsePeriod,
  periodMonth,
  reportingState,
} from './period'

describe('parse and format', () => {
  it.each([
    ['2023-09', { year: 2023, month: 9 }],
    ['2023-12', { year: 2023, month: 12 }],
    ['2023-13', undefined],
    ['2023-9', undefined],
    ['9', undefined],
  ] as const)('%s', (text, parsed) => {
    expect(parsePeriod(text)).toEqual(parsed)
  })
  it('formats with a leading zero and clamps other years to 2023', () => {
    expect(formatPeriod(9)).toBe('2023-09')
    expect(periodMonth('2024-03')).toBe(12)
    expect(periodMonth('2022-11')).toBe(1)
  })
})

describe('the period due at P under a frequency', () => {
  it.each([
    ['2023-09', 'monthly', '2023-09'],
    ['2023-01', 'monthly', '2023-01'],
    ['2023-02', 'quarterly', undefined], // no quarter has ended yet
    ['2023-03', 'quarterly', '2023-03'],
    ['2023-05', 'quarterly', '2023-03'],
    ['2023-06', 'quarterly', '2023-06'],
    ['2023-08', 'quarterly', '2023-06'],
    ['2023-09', 'quarterly', '2023-09'],
    ['2023-11', 'quarterly', '2023-09'],
    ['2023-12', 'quarterly', '2023-12'],
    ['2023-05', 'half-yearly', undefined],
    ['2023-06', 'half-yearly', '2023-06'],
    ['2023-11', 'half-yearly', '2023-06'],
    ['2023-12', 'half-yearly', '2023-12'],
    ['2023-11', 'yearly', undefined],
    ['2023-12', 'yearly', '2023-12'],
  ] as const)('%s %s → %s', (period, frequency, due) => {
    expect(duePeriod(period, frequency)).toBe(due)
  })

  it.each([
    [9, 12, 'monthly', 3],
    [12, 12, 'monthly', 0],
    [0, 5, 'monthly', 5],
    [3, 12, 'quarterly', 3],
    [3, 5, 'quarterly', 0],
    [0, 2, 'quarterly', 0],
    [6, 12, 'half-yearly', 1],
    [0, 12, 'yearly', 1],
  ] as const)('last reported %d, at %d, %s → %d missing', (since, month, frequency, n) => {
    expect(missedPeriods(since, month, frequency)).toBe(n)
  })
})

describe('default 本期: never the latest record, only the calendar and the due day', () => {
  it.each([
    ['before the due day: the month before', new Date(2023, 9, 20), 25, '2023-09'],
    ['on the due day units are still reporting', new Date(2023, 9, 25), 25, '2023-09'],
    ['the day after the due day: this month', new Date(2023, 9, 26), 25, '2023-10'],
    ['due day 26: the 26th is still open', new Date(2023, 9, 26), 26, '2023-09'],
    ['due day 26: the 27th closes it', new Date(2023, 9, 27), 26, '2023-10'],
    ['January before its due day stays at 1月', new Date(2023, 0, 10), 25, '2023-01'],
    ['December after its due day', new Date(2023, 11, 28), 25, '2023-12'],
    ['after 2023: 12月', new Date(2024, 2, 1), 25, '2023-12'],
    ['before 2023: 1月', new Date(2022, 11, 31), 25, '2023-01'],
  ] as const)('%s', (_name, today, dueDay, period) => {
    expect(defaultPeriod(today, dueDay)).toBe(period)
  })
})

describe('reporting state per item and period', () => {
  const rec = (asOf: string, recordedAt: string) => ({ asOf, recordedAt })
  it.each([
    [
      'monthly, September figure in time',
      [rec('2023-09', '2023-09-20T02:00:00.000Z')],
      '2023-09',
      'monthly',
      'reported',
    ],
    [
      'monthly, recorded after the due day',
      [rec('2023-09', '2023-09-27T02:00:00.000Z')],
      '2023-09',
      'monthly',
      'late',
    ],
    [
      'monthly, only August at September',
      [rec('2023-08', '2023-08-20T02:00:00.000Z')],
      '2023-09',
      'monthly',
      'missing',
    ],
    ['monthly, nothing at all', [], '2023-09', 'monthly', 'missing'],
    [
      'quarterly, Q1 figure still covers May',
      [rec('2023-03', '2023-03-20T02:00:00.000Z')],
      '2023-05',
      'quarterly',
      'reported',
    ],
    [
      'quarterly, Q1 figure does not cover Q2',
      [rec('2023-03', '2023-03-20T02:00:00.000Z')],
      '2023-06',
      'quarterly',
      'missing',
    ],
    ['quarterly, nothing due in February', [], '2023-02', 'quarterly', 'reported'],
    ['yearly, nothing due before December', [], '2023-11', 'yearly', 'reported'],
    [
      'a record after P does not count',
      [rec('2023-12', '2023-12-20T02:00:00.000Z')],
      '2023-09',
      'monthly',
      'missing',
    ],
  ] as const)('%s', (_name, records, period, frequency, state) => {
    expect(reportingState(records, period, frequency, 25)).toBe(state)
  })
})

describe('报送频次', () => {
  it('defaults to quarterly for GDP and income growth, monthly otherwise, and an assignment wins', () => {
    expect(itemFrequency('gdp-growth-2023')).toBe('quarterly')
    expect(itemFrequency('disposable-income-growth-2023')).toBe('quarterly')
    expect(itemFrequency('new-urban-jobs-2023')).toBe('monthly')
    expect(itemFrequency('gdp-growth-2023', 'monthly')).toBe('monthly')
  })
})
