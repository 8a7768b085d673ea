// @vitest-environment node
import { expect, it } from 'vitest'
import { describeChange } from './ledger-event-text'

const entry = {
  id: 'e1',
  type: 'value',
  targetId: 'gdp-growth-2023',
  asOf: '2023-06',
  value: 6.8,
  basis: 'provisional',
  recordedAt: '2023-07-01T00:00:00.000Z',
  version: 1,
  recordedBy: 'tongji',
}
const gdp = { measure: 'growth_pct', unit: '%' } as const

it('words a review by its status and reason, not by the unchanged figure it carries', () => {
  const change = describeChange(
    {
      kind: 'entry.reviewed',
      before: { ...entry, review: { status: 'pending', reason: null, by: null, at: null } },
      after: {
        ...entry,
        version: 2,
        review: { status: 'returned', reason: '请附快报', by: 'ducha', at: null },
      },
    },
    gdp,
  )
  expect(change).toEqual({ before: '待审核', after: '已退回（请附快报）' })
})

it('words an entry as the progress tab does', () => {
  const change = describeChange({ kind: 'entry.created', before: null, after: entry }, gdp)
  expect(change.before).toBe('（无）')
  expect(change.after).toMatch(/^6\.8% · 1—6月/)
})

it('words a 任务分解 change in the form’s terms, never as JSON', () => {
  const change = describeChange({
    kind: 'assignment.updated',
    before: null,
    after: {
      itemId: 'gdp-growth-2023',
      leadUnit: '县统计局',
      partnerUnits: ['县发改局', '县财政局'],
      frequency: 'monthly',
      nodes: [],
      subItems: [],
      version: 1,
    },
  })
  expect(change).toEqual({
    before: '（无）',
    after: '牵头单位 县统计局；配合单位 县发改局、县财政局；报送频次 月报',
  })
})

it('writes a 完成时限 the Chinese way, as the 通报 does', () => {
  const change = describeChange({
    kind: 'assignment.updated',
    before: null,
    after: {
      itemId: 'gdp-growth-2023',
      leadUnit: '县统计局',
      partnerUnits: [],
      deadline: '2023-06-30',
      frequency: 'quarterly',
      nodes: [],
      subItems: [],
      version: 1,
    },
  })
  expect(change.after).toBe('牵头单位 县统计局；完成时限 2023年6月30日；报送频次 季报')
})

it('shows a 批示 by its text', () => {
  const after = { id: 1, itemId: 'gdp-growth-2023', author: 'lingdao', text: '稳住增速', at: '2023-07-02' }
  expect(describeChange({ kind: 'comment.added', before: null, after }).after).toBe('稳住增速')
})
