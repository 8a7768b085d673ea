// @vitest-environment node
// An exported panel says which filters shaped it, in Chinese; no filter, no subtitle.
import { expect, it } from 'vitest'
import { defaultUrlState } from '@/data/url-state'
import { describeFilters } from './describe-filters'

it('lists kinds, measures, statuses, the search and 本期 in words, but not the panel’s own sector', () => {
  expect(
    describeFilters({
      ...defaultUrlState,
      sector: ['rural'],
      kind: ['target'],
      measure: ['growth_pct', 'level'],
      q: ' 农田 ',
      status: ['behind', 'unreported'],
      period: '2023-09',
    }),
  ).toBe('筛选：2023年目标、增速、总量、欠进度、未报送、搜索“农田”、本期2023年9月')
  expect(describeFilters({ ...defaultUrlState, sector: ['rural'], term: '三主三特' })).toBeUndefined()
})
