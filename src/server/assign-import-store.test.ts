// The app's 分解表 import (use-assignments' assignmentsImported, as 确认导入 calls it) in server mode, against the
// real server: all or nothing, and an item someone else changed after the preview keeps the whole file out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Assignment } from '@/monitoring/responsibility'
import { ledgerChosen } from '@/stores/ledger/active-ledger'
import type { HttpLedger } from '@/stores/ledger/http-ledger'
import { assignmentsImported, assignmentsReloaded } from '@/stores/assignment-actions'
import { getAssignmentVersions, getResponsibility } from '@/stores/use-assignments'
import { seedUser, signedInLedger, startTestServer, type TestServer } from './test-support'

let server: TestServer
let mine: HttpLedger
let theirs: HttpLedger

beforeAll(async () => {
  server = await startTestServer()
  await seedUser(server.store, 'dcs', 'admin')
  await seedUser(server.store, 'dcs2', 'admin')
  mine = await signedInLedger(server.app, 'dcs')
  theirs = await signedInLedger(server.app, 'dcs2')
  ledgerChosen(mine)
  await assignmentsReloaded()
})
afterAll(async () => {
  mine.feed.stop()
  theirs.feed.stop()
  await server.close()
})

const gdp: Assignment = {
  itemId: 'gdp-growth-2023',
  leadUnit: '县统计局',
  partnerUnits: [],
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
}
const jobs: Assignment = { ...gdp, itemId: 'new-urban-jobs-2023', leadUnit: '县人社局', frequency: 'monthly' }

describe('分解表 import in server mode', () => {
  it('imports assignments, replacing those of the same item and adding the units and leaders they name', async () => {
    const first = await assignmentsImported([gdp], [{ name: '县统计局', kind: 'county', retired: false }])
    expect(first).toEqual({ added: 1, replaced: 0 })
    const result = await assignmentsImported(
      [{ ...gdp, owner: '王五', leader: '张三' }, jobs],
      [{ name: '县人社局', kind: 'county', retired: false }],
      [{ name: '张三' }],
    )
    expect(result).toEqual({ added: 1, replaced: 1 })
    expect(getResponsibility().assignments.map((a) => [a.itemId, a.owner])).toEqual([
      ['gdp-growth-2023', '王五'],
      ['new-urban-jobs-2023', undefined],
    ])
    expect(getResponsibility().units.map((u) => u.name)).toEqual(['县统计局', '县人社局'])
    expect(getResponsibility().leaders.map((l) => l.name)).toEqual(['张三'])
  })

  it('keeps nothing when an item changed after the preview, and says which and that nothing was imported', async () => {
    const previewed = getAssignmentVersions()
    const changed = await theirs.assignments.put({ ...jobs, owner: '赵六' }, previewed.get(jobs.itemId))
    expect(changed.ok).toBe(true)

    const result = await assignmentsImported(
      [
        { ...gdp, owner: '钱七' },
        { ...jobs, owner: '孙八' },
        { ...gdp, itemId: 'agriculture-value-added-growth-2023', leadUnit: '县农业农村局' },
      ],
      [{ name: '县农业农村局', kind: 'county', retired: false }],
      [],
      previewed,
    )
    expect(result).toEqual({
      added: 0,
      replaced: 0,
      problem:
        '未能保存：“新增城镇就业”的任务分解在预览后已被他人修改，请重新选择文件预览后再导入。没有导入任何记录，文件内容仍可再次导入。',
      stale: { itemIds: ['new-urban-jobs-2023'] },
    })
    await assignmentsReloaded()
    expect(getResponsibility().assignments.map((a) => [a.itemId, a.owner])).toEqual([
      ['gdp-growth-2023', '王五'],
      ['new-urban-jobs-2023', '赵六'],
    ])
    expect(getResponsibility().units.map((u) => u.name)).toEqual(['县统计局', '县人社局'])
  })
})
