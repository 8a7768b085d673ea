// @vitest-environment node
// The entry index finds exactly what a scan of the whole list finds, per item and per item and month.
import { describe, expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { indicator } from '@/test-support/dataset-fixture'
import { entryIndex } from './entry-index'
import { itemEntries } from './entries'
import { latestEntry, statusesById } from './status'

const entry = (id: string, targetId: string, asOf: string, value = 1): ProgressEntry => ({
  id,
  type: 'value',
  targetId,
  asOf,
  value,
  basis: 'provisional',
  recordedAt: `2023-07-01T00:00:0${id.length % 10}.000Z`,
})

const entries = [
  entry('a', 'gdp', '2023-03'),
  entry('b', 'farm', '2023-06'),
  entry('c', 'gdp', '2023-06'),
  entry('d', 'gdp', '2023-03'),
]

describe('entryIndex', () => {
  it('lists an item’s entries, and an item’s entries for a month, in the list’s order', () => {
    const index = entryIndex(entries)
    expect(index.ofItem('gdp').map((e) => e.id)).toEqual(['a', 'c', 'd'])
    expect(index.at('gdp', '2023-03').map((e) => e.id)).toEqual(['a', 'd'])
    expect(index.at('gdp', '2023-09')).toEqual([])
    expect(index.ofItem('nothing')).toEqual([])
  })

  it('is built once per list, and a new list (the store replaces it on every change) gets its own', () => {
    expect(entryIndex(entries)).toBe(entryIndex(entries))
    const next = [...entries, entry('e', 'gdp', '2023-09')]
    expect(
      entryIndex(next)
        .ofItem('gdp')
        .map((e) => e.id),
    ).toEqual(['a', 'c', 'd', 'e'])
    expect(entryIndex(entries).ofItem('gdp')).toHaveLength(3)
  })

  it('agrees with a full scan on 20,000 entries, for every item and month', () => {
    const items = Array.from({ length: 40 }, (_, i) => `item-${i}`)
    const many = Array.from({ length: 20_000 }, (_, i) =>
      entry(`e${i}`, items[i % 40]!, `2023-${String(1 + ((i * 7) % 12)).padStart(2, '0')}`, i),
    )
    const index = entryIndex(many)
    for (const item of items) {
      expect(index.ofItem(item)).toEqual(many.filter((e) => e.targetId === item))
      expect(index.at(item, '2023-05')).toEqual(
        many.filter((e) => e.targetId === item && e.asOf === '2023-05'),
      )
      expect(itemEntries(many, item)[0]).toBe(latestEntry(many.filter((e) => e.targetId === item)))
    }
  })
})

describe('statusesById over the index', () => {
  it('judges each item by its own latest entry at 本期, not another item’s', () => {
    const target = (id: string) =>
      indicator({ id, sector: 'economy', name: id, value: 10, unit: '%', measure: 'growth_pct', quote: 'x' })
    const list = [entry('x1', 'gdp', '2023-06', 12), entry('x2', 'farm', '2023-06', 3)]
    const statuses = statusesById([target('gdp'), target('farm')], [], list, { month: 6, tolerancePp: 5 })
    expect(statuses.get('gdp')?.entry?.id).toBe('x1')
    expect(statuses.get('farm')?.entry?.id).toBe('x2')
    expect(statuses.get('gdp')?.status).not.toBe(statuses.get('farm')?.status)
  })
})
