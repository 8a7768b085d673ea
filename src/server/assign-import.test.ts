import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Assignment } from '@/monitoring/responsibility'
import { seedUser, signIn, startTestServer, type Client, type TestServer } from './test-support'

// A 分解表 import is one transaction: new units, new leaders and every assignment are kept together or not at all
// (a stale version, an unknown item, a failure half-way), and each item it changed has one event in its 台账记录.

let server: TestServer
let admin: Client
let leader: Client

beforeAll(async () => {
  server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  await seedUser(server.store, 'boss', 'leader')
  admin = await signIn(server.app, 'dcs')
  leader = await signIn(server.app, 'boss')
})
afterAll(() => server.close())

const gdp = 'gdp-growth-2023'
const smes = 'new-specialized-smes-2023'
const farm = 'agriculture-value-added-growth-2023'
const veg = 'xiangjiangyuan-vegetable-brand-2023'

const assignment = (itemId: string, leadUnit: string, more: Partial<Assignment> = {}): Assignment => ({
  itemId,
  leadUnit,
  partnerUnits: [],
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
  ...more,
})

type Batch = {
  units?: { name: string; kind: 'county' | 'township' }[]
  leaders?: { name: string; title?: string }[]
  assignments: (Assignment & { version?: number })[]
}
const imported = (client: Client, batch: Batch) =>
  client.request({
    method: 'POST',
    url: '/api/assignments/import',
    payload: { units: [], leaders: [], ...batch },
  })

const stored = async () => {
  const { units, leaders, assignments } = (await admin.request({ url: '/api/responsibility' })).json<{
    units: { name: string }[]
    leaders: { name: string }[]
    assignments: (Assignment & { version: number })[]
  }>()
  return {
    units: units.map((u) => u.name),
    leaders: leaders.map((l) => l.name),
    assignments: assignments.map((a) => `${a.itemId} ${a.leadUnit} v${a.version}`),
  }
}

const historyOf = async (itemId: string) =>
  (await admin.request({ url: `/api/items/${itemId}/history` }))
    .json<{ events: { kind: string; actor: string }[] }>()
    .events.map((e) => `${e.kind} ${e.actor}`)

describe('POST /api/assignments/import', () => {
  it('keeps new units, leaders and assignments in one go, one event per changed item, none for an unchanged one', async () => {
    const first = await imported(admin, {
      units: [
        { name: '县统计局', kind: 'county' },
        { name: '县工信局', kind: 'county' },
      ],
      leaders: [{ name: '张三', title: '副县长' }],
      assignments: [assignment(gdp, '县统计局', { leader: '张三' }), assignment(smes, '县工信局')],
    })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ added: 2, replaced: 0, unchanged: 0 })
    expect(await stored()).toEqual({
      units: ['县统计局', '县工信局'],
      leaders: ['张三'],
      assignments: [`${gdp} 县统计局 v1`, `${smes} 县工信局 v1`],
    })

    // Again, with one item changed: the unchanged one keeps its version and gets no second event.
    const second = await imported(admin, {
      units: [{ name: '县统计局', kind: 'county' }],
      assignments: [
        { ...assignment(gdp, '县统计局', { leader: '张三' }), version: 1 },
        { ...assignment(smes, '县统计局', { partnerUnits: ['县工信局'] }), version: 1 },
      ],
    })
    expect(second.json()).toMatchObject({ added: 0, replaced: 1, unchanged: 1 })
    expect((await stored()).assignments).toEqual([`${gdp} 县统计局 v1`, `${smes} 县统计局 v2`])
    expect(await historyOf(gdp)).toEqual(['assignment.updated dcs'])
    expect(await historyOf(smes)).toEqual(['assignment.updated dcs', 'assignment.updated dcs'])
  })

  it('keeps nothing when one item was changed by someone else since the preview (409 with the stored one)', async () => {
    const before = await stored()
    const stale = await imported(admin, {
      units: [{ name: '县农业农村局', kind: 'county' }],
      leaders: [{ name: '李四' }],
      assignments: [
        assignment(farm, '县农业农村局'),
        { ...assignment(smes, '县农业农村局'), version: 1 }, // the stored one is v2
      ],
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      message: '“新培育省级专精特新企业”的任务分解在预览后已被他人修改，请重新选择文件预览后再导入',
      current: { itemId: smes, version: 2 },
    })
    // A new item that someone else assigned meanwhile is a conflict too.
    const taken = await imported(admin, { assignments: [assignment(gdp, '县统计局')] })
    expect(taken.statusCode).toBe(409)
    expect(await stored()).toEqual(before)
    expect(await historyOf(farm)).toEqual([])
  })

  it('keeps nothing when a database failure stops it half-way, after some rows were written', async () => {
    const before = await stored()
    const { cursor } = (await admin.request({ url: '/api/changes' })).json<{ cursor: number }>()
    // A trigger that fails the third assignment written, after a unit, a leader and two assignments went in.
    await sql`create function fail_on_veg() returns trigger language plpgsql as $$
      begin if new.item_id = ${sql.lit(veg)} then raise exception 'forced failure'; end if; return new; end $$`.execute(
      server.store.db,
    )
    await sql`create trigger fail_on_veg before insert on assignments
      for each row execute function fail_on_veg()`.execute(server.store.db)
    try {
      const failed = await imported(admin, {
        units: [{ name: '县农业农村局', kind: 'county' }],
        leaders: [{ name: '李四' }],
        assignments: [
          assignment(farm, '县农业农村局', { leader: '李四' }),
          { ...assignment(gdp, '县农业农村局'), version: 1 },
          assignment(veg, '县农业农村局'),
        ],
      })
      expect(failed.statusCode).toBe(500)
      expect(failed.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fff]/)
    } finally {
      await sql`drop trigger fail_on_veg on assignments`.execute(server.store.db)
      await sql`drop function fail_on_veg()`.execute(server.store.db)
    }
    expect(await stored()).toEqual(before)
    const { changes } = (await admin.request({ url: `/api/changes?since=${cursor}` })).json<{
      changes: unknown[]
    }>()
    expect(changes).toEqual([])

    // The same file, once the failure is gone, is kept whole.
    const again = await imported(admin, {
      units: [{ name: '县农业农村局', kind: 'county' }],
      leaders: [{ name: '李四' }],
      assignments: [
        assignment(farm, '县农业农村局', { leader: '李四' }),
        { ...assignment(gdp, '县农业农村局'), version: 1 },
        assignment(veg, '县农业农村局'),
      ],
    })
    expect(again.json()).toMatchObject({ added: 2, replaced: 1 })
  })

  it('refuses an item that is not monitored, a unit not listed, a leader, and a write without CSRF', async () => {
    const before = await stored()
    const strange = await imported(admin, { assignments: [assignment('no-such-item', '县统计局')] })
    expect(strange.statusCode).toBe(400)
    expect(strange.json<{ message: string }>().message).toContain('no-such-item')
    const unlisted = await imported(admin, {
      assignments: [assignment(smes, '县林业局'), { ...assignment(gdp, '县统计局'), version: 9 }],
    })
    expect(unlisted.statusCode).toBe(400)
    expect(unlisted.json<{ message: string }>().message).toContain('县林业局')
    expect((await imported(leader, { assignments: [assignment(smes, '县统计局')] })).statusCode).toBe(403)
    const noCsrf = await admin.request({
      method: 'POST',
      url: '/api/assignments/import',
      payload: { units: [], leaders: [], assignments: [] },
      csrf: false,
    })
    expect(noCsrf.statusCode).toBe(403)
    expect(await stored()).toEqual(before)
  })
})
