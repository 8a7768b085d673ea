// @vitest-environment node
// A reporter records only for its unit's items (lead or partner); leaders record nothing; without accounts, all.
import { expect, it } from 'vitest'
import { mayAdminister, mayInstruct, mayRecord, mayReview, type Account } from './permissions'
import type { Assignment } from './responsibility'

const gdp: Assignment = {
  itemId: 'gdp-growth-2023',
  leadUnit: '县统计局',
  partnerUnits: ['县发改局'],
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
}
const account = (role: Account['role'], unit: string | null = null): Account => ({
  login: 'x',
  name: 'x',
  role,
  unit,
})

it('lets a reporter record for the lead and partner units only', () => {
  expect(mayRecord(account('reporter', '县统计局'), gdp)).toBe(true)
  expect(mayRecord(account('reporter', '县发改局'), gdp)).toBe(true)
  expect(mayRecord(account('reporter', '县财政局'), gdp)).toBe(false)
  expect(mayRecord(account('reporter', '县统计局'), undefined)).toBe(false)
  expect(mayRecord(account('leader'), gdp)).toBe(false)
  expect(mayRecord(account('admin'), undefined)).toBe(true)
  expect(mayRecord(undefined, undefined)).toBe(true)
})

it('leaves review to the 督查室 and 批示 to leaders and the 督查室', () => {
  expect([mayReview(account('admin')), mayReview(account('leader')), mayReview(undefined)]).toEqual([
    true,
    false,
    false,
  ])
  expect([mayInstruct(account('leader')), mayInstruct(account('reporter'))]).toEqual([true, false])
})

it('leaves 任务分解, 通报 and 督办单 to the 督查室, and to the one user of a browser without accounts', () => {
  expect(mayAdminister(undefined)).toBe(true)
  expect(mayAdminister(account('admin'))).toBe(true)
  expect(mayAdminister(account('leader'))).toBe(false)
  expect(mayAdminister(account('reporter', '县统计局'))).toBe(false)
})
