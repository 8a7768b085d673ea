// Units, leaders and assignments survive a reload; a rename cascades; what cannot be read is set aside, never lost.
import { describe, expect, it, vi } from 'vitest'
import type { Assignment } from '@/monitoring/responsibility'

const KEY = 'qidong-targets.assignments'

// A fresh module graph = a page reload: the store hydrates from whatever localStorage holds now.
async function reload() {
  vi.resetModules()
  const store = { ...(await import('./use-assignments')), ...(await import('./assignment-actions')) }
  // As main.tsx does at start: the browser ledger, loaded once the first screen is live.
  await (await import('./ledger/active-ledger')).browserStorageChosen()
  const { getStorageIssues } = await import('./use-storage-issues')
  return { ...store, issues: getStorageIssues }
}

const gdp: Assignment = {
  itemId: 'gdp-growth-2023',
  leadUnit: '县统计局',
  partnerUnits: ['县发改局'],
  leader: '张三',
  owner: '李四',
  deadline: '2023-12',
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
}

describe('round trip', () => {
  it('keeps units, leaders and assignments across a reload, and a rename renames the assignment too', async () => {
    let s = await reload()
    expect(await s.unitAdded('县统计局', 'county')).toBeUndefined()
    expect(await s.unitAdded('县发改局', 'county')).toBeUndefined()
    expect(await s.unitAdded('洪桥街道', 'township')).toBeUndefined()
    expect(await s.unitAdded('县统计局', 'county')).toBe('已有单位：县统计局')
    expect(await s.leaderAdded('张三', '县委常委、常务副县长')).toBeUndefined()
    expect(await s.leaderAdded('张三')).toBe('已有领导：张三')
    expect(await s.assignmentChanged(gdp)).toBeUndefined()
    await s.unitRetired('洪桥街道')

    s = await reload()
    expect(s.getResponsibility()).toEqual({
      units: [
        { name: '县统计局', kind: 'county', retired: false },
        { name: '县发改局', kind: 'county', retired: false },
        { name: '洪桥街道', kind: 'township', retired: true },
      ],
      leaders: [{ name: '张三', title: '县委常委、常务副县长' }],
      assignments: [gdp],
    })
    expect(await s.unitRenamed('县统计局', '县发改局')).toBe('已有单位：县发改局')
    expect(await s.unitRenamed('县统计局', '祁东县统计局')).toBeUndefined()

    s = await reload()
    expect(s.getResponsibility().assignments[0]?.leadUnit).toBe('祁东县统计局')
    expect(s.getResponsibility().units[0]?.name).toBe('祁东县统计局')
  })

  it('imports assignments, replacing those of the same item and adding the units they name', async () => {
    const s = await reload()
    expect(await s.assignmentChanged({ ...gdp, partnerUnits: [] })).toBeUndefined()
    const result = await s.assignmentsImported(
      [
        { ...gdp, partnerUnits: [], owner: '王五' },
        {
          itemId: 'new-urban-jobs-2023',
          leadUnit: '县人社局',
          partnerUnits: [],
          frequency: 'monthly',
          nodes: [],
          subItems: [],
        },
      ],
      [{ name: '县人社局', kind: 'county', retired: false }],
      [{ name: '张三' }],
    )
    expect(result).toEqual({ added: 1, replaced: 1 })
    expect(s.getResponsibility().assignments.map((a) => [a.itemId, a.owner])).toEqual([
      ['gdp-growth-2023', '王五'],
      ['new-urban-jobs-2023', undefined],
    ])
    expect(s.getResponsibility().units.map((u) => u.name)).toEqual(['县人社局'])
  })
})

describe('corrupted store recovery', () => {
  it('keeps the valid records of each list and sets the rest aside with their reasons, once', async () => {
    const badUnit = { name: '', kind: 'county' }
    const dupUnit = { name: '县统计局', kind: 'township' }
    const badAssignment = { ...gdp, itemId: 'x', deadline: '年底' }
    localStorage.setItem(
      KEY,
      JSON.stringify({
        state: {
          units: [{ name: '县统计局', kind: 'county' }, badUnit, dupUnit],
          leaders: 'nobody',
          assignments: [gdp, badAssignment],
        },
        version: 1,
      }),
    )
    let s = await reload()
    expect(s.getResponsibility()).toEqual({
      units: [{ name: '县统计局', kind: 'county', retired: false }],
      leaders: [],
      assignments: [gdp],
    })
    const [issue] = s.issues()
    expect(issue).toMatchObject({ store: KEY, reason: 'invalid_records', count: 4 })
    const setAside = JSON.parse(localStorage.getItem(issue!.setAsideKey!)!) as { problem: string }[]
    expect(setAside.map((r) => r.problem)).toEqual([
      expect.stringContaining('name'),
      '重复：县统计局',
      'leaders 应为列表',
      expect.stringContaining('完成时限应为年月'),
    ])
    s = await reload()
    expect(s.issues()).toEqual([])
  })

  it('leaves what a newer app version wrote untouched and refuses to overwrite it', async () => {
    const newer = JSON.stringify({ state: { units: [] }, version: 9 })
    localStorage.setItem(KEY, newer)
    const s = await reload()
    expect(s.issues()).toMatchObject([{ store: KEY, reason: 'newer_version' }])
    expect(await s.unitAdded('县统计局', 'county')).toMatch(/^未能保存：.*只读/)
    expect(s.getResponsibility().units).toEqual([])
    expect(localStorage.getItem(KEY)).toBe(newer)
  })
})
