// @vitest-environment node
// The unit filter keeps the items a unit leads (itself or through a sub-item); the leader filter the items a leader answers for.
import { describe, expect, it } from 'vitest'
import { assignmentSchema } from './responsibility'
import { responsibilityFilter } from './select-responsibility'

const assignments = [
  assignmentSchema.parse({ itemId: 'gdp', leadUnit: '县统计局', leader: '张三', frequency: 'quarterly' }),
  assignmentSchema.parse({
    itemId: 'jobs',
    leadUnit: '县人社局',
    partnerUnits: ['县统计局'],
    leader: '李四',
    frequency: 'monthly',
  }),
  assignmentSchema.parse({
    itemId: 'roads',
    leadUnit: '县交通局',
    frequency: 'monthly',
    subItems: [{ id: 's1', name: '洪桥段', leadUnit: '洪桥街道' }],
  }),
]
const ids = ['gdp', 'jobs', 'roads', 'unassigned']

describe('responsibilityFilter', () => {
  it('is off when no unit or leader is chosen', () => {
    expect(responsibilityFilter(assignments, { unit: [], leader: [] })).toBeUndefined()
  })
  it.each([
    ['one lead unit; a partner unit does not count', ['县统计局'], [], ['gdp']],
    ['several units', ['县统计局', '县人社局'], [], ['gdp', 'jobs']],
    ['a sub-item unit leads its part', ['洪桥街道'], [], ['roads']],
    ['a unit with no work', ['县教育局'], [], []],
    ['one leader', [], ['李四'], ['jobs']],
    ['unit and leader together narrow', ['县统计局', '县人社局'], ['张三'], ['gdp']],
  ])('%s', (_name, unit, leader, kept) => {
    const keep = responsibilityFilter(assignments, { unit, leader })!
    expect(ids.filter(keep)).toEqual(kept)
  })
})
