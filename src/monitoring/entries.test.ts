// @vitest-environment node
// Stored entries come back valid or set aside with a reason; an item's history reads newest first; a merge never duplicates.
import { describe, expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { entriesMerged, itemEntries } from './entries'
import { migrateEntries, validateEntries } from './stored-records'

const entry = (
  id: string,
  asOf: string,
  recordedAt: string,
  targetId = 'gdp-growth-2023',
): ProgressEntry => ({
  id,
  targetId,
  type: 'value',
  asOf,
  value: 5,
  basis: 'provisional',
  recordedAt,
})
const a = entry('a', '2023-06', '2023-07-01T00:00:00.000Z')
const b = entry('b', '2023-09', '2023-10-01T00:00:00.000Z')
const c = entry('c', '2023-09', '2023-10-05T00:00:00.000Z')
const other = entry('d', '2023-12', '2024-01-01T00:00:00.000Z', 'new-urban-jobs-2023')

describe('validateEntries', () => {
  it('keeps what parses and sets aside a broken record and a repeated id, each with its reason', () => {
    const { state, rejected } = validateEntries({ entries: [a, { id: 'x' }, { ...a, value: 9 }] })
    expect(state.entries).toEqual([a])
    expect(rejected).toHaveLength(2)
    expect(rejected[1]!.problem).toBe('编号重复：a')
  })

  it('sets the whole record aside when there is no entries list', () => {
    expect(validateEntries('junk')).toEqual({
      state: { entries: [] },
      rejected: [{ record: 'junk', problem: '缺少记录列表 entries' }],
    })
  })
})

it('migrates v0 entries grouped by item into one list that names the item', () => {
  const bare: Partial<ProgressEntry> = { ...a }
  delete bare.targetId
  expect(migrateEntries({ entries: { 'gdp-growth-2023': [bare] } }, 0)).toEqual({ entries: [a] })
  expect(migrateEntries({ entries: [a] }, 1)).toEqual({ entries: [a] })
})

it("lists one item's entries newest month first, the later recording first within a month", () => {
  expect(itemEntries([a, b, other, c], 'gdp-growth-2023').map((e) => e.id)).toEqual(['c', 'b', 'a'])
})

it('adds new entries and replaces those with a known id, counting each', () => {
  const changed = { ...b, value: 6 }
  const merged = entriesMerged([a, b], [changed, c])
  expect(merged.entries).toEqual([a, changed, c])
  expect([merged.added, merged.replaced]).toEqual([1, 1])
})
