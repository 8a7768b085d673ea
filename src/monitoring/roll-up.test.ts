// @vitest-environment node
// A parent's progress is the sum of its sub-items' latest cumulative values; a task is 已完成 only when every sub-item is.
import { describe, expect, it } from 'vitest'
import { subItemSchema, type SubItemRecord } from './responsibility'
import { latestRecord, rollUp } from './roll-up'

const sub = (id: string, records: Partial<SubItemRecord>[] = [], share?: number) =>
  subItemSchema.parse({
    id,
    name: `子项${id}`,
    leadUnit: '县人社局',
    ...(share !== undefined && { share }),
    records: records.map((r) => ({ asOf: '2023-01', ...r })),
  })
const v = (month: number, value: number) => ({ asOf: `2023-${String(month).padStart(2, '0')}`, value })
const t = (month: number, taskStatus: 'not_started' | 'in_progress' | 'done') => ({
  asOf: `2023-${String(month).padStart(2, '0')}`,
  taskStatus,
})

describe('rollUp of cumulative sub-items', () => {
  it.each([
    ['no sub-item reported', [sub('a'), sub('b')], 9, { reported: 0, total: 2 }],
    [
      'one of two reported',
      [sub('a', [v(9, 3000)]), sub('b')],
      9,
      { reported: 1, value: 3000, asOf: '2023-09' },
    ],
    [
      'sum of both latest values',
      [sub('a', [v(6, 1000), v(9, 3000)]), sub('b', [v(9, 2200)])],
      9,
      { reported: 2, value: 5200, asOf: '2023-09' },
    ],
    [
      'records after the month are ignored',
      [sub('a', [v(6, 1000), v(10, 3000)]), sub('b', [v(9, 2200)])],
      9,
      { value: 3200, asOf: '2023-06' },
    ],
    [
      'as of the stalest sub-item',
      [sub('a', [v(7, 1000)]), sub('b', [v(9, 2200)])],
      12,
      { value: 3200, asOf: '2023-07' },
    ],
    ['task records do not count as values', [sub('a', [t(9, 'done')])], 9, { reported: 0 }],
  ] as const)('%s', (_name, subs, month, expected) => {
    expect(rollUp(subs, month, 'cumulative')).toMatchObject(expected)
  })

  it('sums the shares when every sub-item has one, and not otherwise', () => {
    const both = [sub('a', [v(9, 1)], 4000), sub('b', [v(9, 1)], 2600)]
    expect(rollUp(both, 9, 'cumulative').shares).toBe(6600)
    expect(rollUp([sub('a', [v(9, 1)], 4000), sub('b', [v(9, 1)])], 9, 'cumulative').shares).toBeUndefined()
  })
})

describe('rollUp of task sub-items', () => {
  it.each([
    ['nothing reported', [sub('a'), sub('b')], 9, undefined],
    ['all done', [sub('a', [t(5, 'done')]), sub('b', [t(9, 'done')])], 9, 'done'],
    ['one done, one not reported', [sub('a', [t(5, 'done')]), sub('b')], 9, 'in_progress'],
    [
      'one done, one not started',
      [sub('a', [t(5, 'done')]), sub('b', [t(5, 'not_started')])],
      9,
      'in_progress',
    ],
    [
      'both not started',
      [sub('a', [t(5, 'not_started')]), sub('b', [t(5, 'not_started')])],
      9,
      'not_started',
    ],
    [
      'done later than the month does not count',
      [sub('a', [t(5, 'in_progress'), t(10, 'done')])],
      9,
      'in_progress',
    ],
    [
      'a later state replaces an earlier one',
      [sub('a', [t(3, 'done'), t(5, 'in_progress')])],
      9,
      'in_progress',
    ],
  ] as const)('%s → %s', (_name, subs, month, expected) => {
    expect(rollUp(subs, month, 'task').taskStatus).toBe(expected)
  })

  it('an item without sub-items rolls up to nothing', () => {
    expect(rollUp([], 12, 'task')).toEqual({ reported: 0, total: 0 })
  })
})

it('latestRecord takes the last written record of the latest month up to the given month', () => {
  const records = [v(6, 1), v(6, 2), v(8, 3), v(11, 4)]
  expect(latestRecord(records, 9)).toEqual(v(8, 3))
  expect(latestRecord(records, 7)).toEqual(v(6, 2))
  expect(latestRecord(records, 5)).toBeUndefined()
})
