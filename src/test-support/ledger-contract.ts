import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import type { Assignment } from '@/monitoring/responsibility'
import type { Ledger, Outcome } from '@/stores/ledger/ledger-port'

// The one contract every Ledger adapter keeps, run against each (browser storage, the server's API): a write
// is acknowledged only when kept, a stale version never overwrites, and another writer's change is announced.

export type Opened = {
  ledger: Ledger
  /** A second writer on the same store: another tab, or another signed-in user */
  other: Ledger
  /** Lets the first ledger hear of the other's write (a storage event, the next poll) */
  otherWrote: () => void
  close?: () => void | Promise<void>
}

const entry = (id: string, value: number): ProgressEntry => ({
  id,
  type: 'value',
  targetId: 'gdp-growth-2023',
  asOf: '2023-06',
  value,
  basis: 'provisional',
  recordedAt: `2023-07-0${String(value).slice(-1)}T08:00:00.000Z`,
})
const gdp: Assignment = {
  itemId: 'gdp-growth-2023',
  leadUnit: '县统计局',
  partnerUnits: [],
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
}

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`${outcome.failure.code}: ${outcome.failure.message}`)
  return outcome.value
}

export function ledgerContract(name: string, open: () => Promise<Opened>) {
  describe(`${name} keeps the ledger contract`, () => {
    let opened: Opened
    const setUp = async () => (opened = await open())
    afterEach(() => opened.close?.())

    it('lists what it acknowledged; an edit needs the current version and changes it; a delete too', async () => {
      const { ledger } = await setUp()
      expect(value(await ledger.entries.list())).toEqual([])
      const first = value(await ledger.entries.put(entry('a1', 5.1)))
      expect(first).toMatchObject({ id: 'a1', value: 5.1, version: expect.any(String) as unknown })
      expect(value(await ledger.entries.list())).toMatchObject([
        { id: 'a1', value: 5.1, version: first.version },
      ])

      const edited = value(await ledger.entries.put(entry('a1', 6.2), first.version))
      expect(edited.version).not.toBe(first.version)
      expect(value(await ledger.entries.list())).toMatchObject([{ id: 'a1', value: 6.2 }])
      value(await ledger.entries.remove('a1', edited.version))
      expect(value(await ledger.entries.list())).toEqual([])
    })

    it('refuses a stale version with a conflict carrying the stored record, and keeps the stored one', async () => {
      const { ledger, other } = await setUp()
      const first = value(await ledger.entries.put(entry('a1', 5.1)))
      value(await other.entries.put(entry('a1', 7.3), first.version))

      const stale = await ledger.entries.put(entry('a1', 6.2), first.version)
      expect(stale).toMatchObject({
        ok: false,
        failure: { code: 'conflict', current: { id: 'a1', value: 7.3 } },
      })
      expect(await ledger.entries.remove('a1', first.version)).toMatchObject({
        failure: { code: 'conflict' },
      })
      const again = await ledger.entries.put(entry('a1', 6.2))
      expect(again).toMatchObject({ ok: false, failure: { code: 'conflict' } })
      expect(value(await ledger.entries.list())).toMatchObject([{ id: 'a1', value: 7.3 }])
    })

    it('refuses what the schema refuses, and stores nothing', async () => {
      const { ledger } = await setUp()
      const bad = await ledger.entries.put({ ...entry('a1', 5.1), asOf: '2024-01' })
      expect(bad).toMatchObject({
        ok: false,
        failure: { code: 'invalid', message: expect.any(String) as unknown },
      })
      expect(value(await ledger.entries.list())).toEqual([])
    })

    it('imports many at once, replacing records with the same key', async () => {
      const { ledger } = await setUp()
      value(await ledger.entries.put(entry('a1', 5.1)))
      expect(value(await ledger.entries.putMany([entry('a1', 6.2), entry('a2', 7.3)]))).toEqual({
        added: 1,
        replaced: 1,
      })
      const listed = value(await ledger.entries.list())
      expect(listed.map((e) => [e.id, e.type === 'value' && e.value]).sort()).toEqual([
        ['a1', 6.2],
        ['a2', 7.3],
      ])
    })

    it('tells its subscribers when another writer changed something', async () => {
      const { ledger, other, otherWrote } = await setUp()
      const heard = vi.fn()
      const stop = ledger.entries.subscribe(heard)
      await new Promise((r) => setTimeout(r, 30)) // the feed has its starting point
      value(await other.entries.put(entry('b1', 5.1)))
      otherWrote()
      await vi.waitFor(() => {
        expect(heard).toHaveBeenCalled()
      })
      stop()
      expect(value(await ledger.entries.list())).toMatchObject([{ id: 'b1' }])
    })

    it('keeps one assignment per item, with versions like the entries', async () => {
      const { ledger, other } = await setUp()
      const first = value(await ledger.assignments.put(gdp))
      expect(value(await ledger.assignments.list())).toMatchObject([
        { itemId: gdp.itemId, leadUnit: '县统计局' },
      ])
      value(await other.assignments.put({ ...gdp, owner: '李四' }, first.version))
      const stale = await ledger.assignments.put({ ...gdp, owner: '王五' }, first.version)
      expect(stale).toMatchObject({ ok: false, failure: { code: 'conflict', current: { owner: '李四' } } })
    })

    it('imports a 分解表 only over the versions its preview showed: all or nothing', async () => {
      const { ledger, other } = await setUp()
      const first = value(await ledger.assignments.put(gdp))
      const previewed = new Map([[gdp.itemId, first.version]])
      value(await other.assignments.put({ ...gdp, owner: '李四' }, first.version))
      const retail: Assignment = { ...gdp, itemId: 'retail-sales-2023', frequency: 'monthly' }
      const batch = { units: [], leaders: [], assignments: [{ ...gdp, owner: '王五' }, retail] }
      const stale = await ledger.directory.imported({ ...batch, versions: previewed })
      expect(stale).toMatchObject({ ok: false, failure: { code: 'conflict' } })
      expect(value(await ledger.assignments.list())).toMatchObject([{ itemId: gdp.itemId, owner: '李四' }])
      // An item the preview showed unassigned, assigned since elsewhere, is stale too.
      const current = new Map(value(await ledger.assignments.list()).map((a) => [a.itemId, a.version]))
      value(await other.assignments.put({ ...retail, owner: '赵六' }))
      expect(await ledger.directory.imported({ ...batch, versions: current })).toMatchObject({
        ok: false,
        failure: { code: 'conflict' },
      })
      const now = new Map(value(await ledger.assignments.list()).map((a) => [a.itemId, a.version]))
      expect(value(await ledger.directory.imported({ ...batch, versions: now }))).toMatchObject({
        replaced: 2,
      })
      expect(value(await ledger.assignments.list())).toMatchObject([
        { itemId: gdp.itemId, owner: '王五' },
        { itemId: 'retail-sales-2023' },
      ])
    })
  })
}
