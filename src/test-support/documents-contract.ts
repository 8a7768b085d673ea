import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Assignment } from '@/monitoring/responsibility'
import type { Ledger, Outcome } from '@/stores/ledger/ledger-port'
import { issuedBulletin, issuedNotice } from './issued-fixtures'
import type { Opened } from './ledger-contract'

// What the 督查室 keeps besides entries, under the same contract on every adapter: an issued 通报 or 督办单 is
// kept once and never replaced; settings and the 单位名录 never take a stale write; a rename reaches the
// assignments; another writer's change is heard.

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`${outcome.failure.code}: ${outcome.failure.message}`)
  return outcome.value
}

const gdp: Assignment = {
  itemId: 'gdp-growth-2023',
  leadUnit: '县教育局',
  partnerUnits: [],
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
}

async function heard(
  ledger: Ledger,
  pick: (l: Ledger) => { subscribe: (f: () => void) => () => void },
  write: () => Promise<unknown>,
  otherWrote: () => void,
) {
  const onChange = vi.fn()
  const stop = pick(ledger).subscribe(onChange)
  await new Promise((r) => setTimeout(r, 30)) // the feed has its starting point
  await write()
  otherWrote()
  await vi.waitFor(() => {
    expect(onChange).toHaveBeenCalled()
  })
  stop()
}

export function documentsContract(name: string, open: () => Promise<Opened>) {
  describe(`${name} keeps 通报, 督办单, settings and the 单位名录 by the contract`, () => {
    let opened: Opened
    const setUp = async () => (opened = await open())
    afterEach(() => opened.close?.())

    it('keeps an issued 通报 once: a second put, even with its version, and a remove are refused', async () => {
      const { ledger } = await setUp()
      expect(value(await ledger.bulletins.list())).toEqual([])
      const kept = value(await ledger.bulletins.put(issuedBulletin('b-1')))
      expect(value(await ledger.bulletins.list())).toEqual([
        { ...issuedBulletin('b-1'), version: kept.version },
      ])

      const changed = { ...issuedBulletin('b-1'), scope: '改过的' }
      expect(await ledger.bulletins.put(changed, kept.version)).toMatchObject({
        ok: false,
        failure: { code: 'conflict', current: { id: 'b-1', scope: '' } },
      })
      expect(await ledger.bulletins.put(changed)).toMatchObject({ ok: false, failure: { code: 'conflict' } })
      expect((await ledger.bulletins.remove('b-1', kept.version)).ok).toBe(false)
      expect(value(await ledger.bulletins.list())).toMatchObject([{ id: 'b-1', scope: '' }])
    })

    it('keeps one 通报 per 期数 a year: a second one is refused with issue_taken and the 期数 it clashes with', async () => {
      const { ledger, other } = await setUp()
      value(await ledger.bulletins.put(issuedBulletin('b-1', 3)))
      const clash = await other.bulletins.put(issuedBulletin('b-2', 3))
      expect(clash).toMatchObject({
        ok: false,
        failure: {
          code: 'issue_taken',
          message: expect.stringMatching(/^2023年第3期已于2023-10-08印发.*请改为第4期后再印发$/) as unknown,
        },
      })
      value(await other.bulletins.put(issuedBulletin('b-3', 4)))
      expect(
        value(await ledger.bulletins.list())
          .map((b) => b.id)
          .sort(),
      ).toEqual(['b-1', 'b-3'])
    })

    it('refuses a 通报 or 督办单 the schema refuses, and keeps nothing', async () => {
      const { ledger } = await setUp()
      const bad = { ...issuedBulletin('b-2'), header: { ...issuedBulletin('b-2').header, issue: 0 } }
      expect(await ledger.bulletins.put(bad)).toMatchObject({ ok: false, failure: { code: 'invalid' } })
      const notice = { ...issuedNotice('n-2'), requirements: '' }
      expect(await ledger.supervisions.put(notice)).toMatchObject({ ok: false, failure: { code: 'invalid' } })
      expect(value(await ledger.bulletins.list())).toEqual([])
      expect(value(await ledger.supervisions.list())).toEqual([])
    })

    it('keeps issued 督办单 like the 通报, and tells the other writer of a new one', async () => {
      const { ledger, other, otherWrote } = await setUp()
      await heard(
        ledger,
        (l) => l.supervisions,
        () => other.supervisions.put(issuedNotice('n-1')),
        otherWrote,
      )
      expect(value(await ledger.supervisions.list())).toMatchObject([{ id: 'n-1', seq: 1 }])
      const again = await ledger.supervisions.put({ ...issuedNotice('n-1'), requirements: '改' })
      expect(again).toMatchObject({ ok: false, failure: { code: 'conflict' } })
      expect(value(await other.supervisions.list())).toMatchObject([
        { requirements: '请于反馈时限前报送整改措施。' },
      ])
    })

    it('shows the default 发文机关 and 预警规则 until saved; a stale save is refused with the stored one', async () => {
      const { ledger, other } = await setUp()
      const first = value(await ledger.office.read())
      expect(first.value).toMatchObject({ issuer: '祁东县人民政府督查室', rule: { yellowLagPp: 10 } })
      const saved = value(
        await ledger.office.write({ ...first.value, issuer: '祁东县人民政府办公室' }, first.version),
      )
      const theirs = value(await other.office.read())
      expect(theirs).toEqual(saved)
      value(
        await other.office.write(
          { ...theirs.value, rule: { ...theirs.value.rule, yellowLagPp: 15 } },
          theirs.version,
        ),
      )
      const stale = await ledger.office.write({ ...saved.value, issuer: '另一个' }, saved.version)
      expect(stale).toMatchObject({
        ok: false,
        failure: {
          code: 'conflict',
          current: { value: { issuer: '祁东县人民政府办公室', rule: { yellowLagPp: 15 } } },
        },
      })
      expect(value(await ledger.office.read()).value.issuer).toBe('祁东县人民政府办公室')
    })

    it('keeps the tolerance and 报送截止日 with versions', async () => {
      const { ledger, other } = await setUp()
      const first = value(await ledger.monitor.read())
      expect(first.value).toEqual({ tolerancePp: 5, dueDay: 25 })
      const saved = value(await ledger.monitor.write({ tolerancePp: 3, dueDay: 20 }, first.version))
      expect(value(await other.monitor.read()).value).toEqual({ tolerancePp: 3, dueDay: 20 })
      expect(await ledger.monitor.write({ tolerancePp: 40, dueDay: 20 }, saved.version)).toMatchObject({
        ok: false,
        failure: { code: 'invalid' },
      })
    })

    it('keeps the 单位名录: a repeated name is refused, a rename reaches the assignments, retiring keeps it', async () => {
      const { ledger, other, otherWrote } = await setUp()
      value(await ledger.directory.unitAdded({ name: '县教育局', kind: 'county' }))
      expect((await ledger.directory.unitAdded({ name: '县教育局', kind: 'county' })).ok).toBe(false)
      value(await ledger.assignments.put(gdp))
      await heard(
        ledger,
        (l) => l.directory,
        () => other.directory.unitChanged('县教育局', { name: '祁东县教育局' }),
        otherWrote,
      )
      expect(value(await ledger.directory.list()).units).toContainEqual({
        name: '祁东县教育局',
        kind: 'county',
        retired: false,
      })
      expect(value(await ledger.assignments.list())).toMatchObject([{ leadUnit: '祁东县教育局' }])
      value(await ledger.directory.unitChanged('祁东县教育局', { retired: true }))
      expect(value(await other.directory.list()).units).toContainEqual({
        name: '祁东县教育局',
        kind: 'county',
        retired: true,
      })
    })

    it('keeps the 责任领导: saved with a title, changed, removed', async () => {
      const { ledger, other } = await setUp()
      value(await ledger.directory.leaderSaved({ name: '张三', title: '副县长' }))
      value(await ledger.directory.leaderSaved({ name: '李四' }))
      expect(value(await other.directory.list()).leaders).toEqual([
        { name: '张三', title: '副县长' },
        { name: '李四' },
      ])
      value(await other.directory.leaderRemoved('张三'))
      expect(value(await ledger.directory.list()).leaders).toEqual([{ name: '李四' }])
    })
  })
}
