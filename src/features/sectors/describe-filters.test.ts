// @vitest-environment node
// An exported panel says which filters shaped it, in Chinese; no filter, no subtitle.
import { expect, it } from 'vitest'
import { describeFilters } from './describe-filters'

it('lists kinds, measures, statuses and the search in words', () => {
  expect(
    describeFilters({
      sector: ['rural'],
      kind: ['target'],
      measure: ['growth_pct', 'level'],
      q: ' 农田 ',
      status: ['behind', 'unreported'],
    }),
  ).toBe('筛选：2023年目标、增速、总量、欠进度、未报送、搜索“农田”')
  expect(describeFilters({ sector: ['rural'], kind: [], measure: [], q: '', status: [] })).toBeUndefined()
})
