// @vitest-environment node
// Every filter in the URL is described on the views it narrows, and clearing removes exactly those filters.
import { expect, it } from 'vitest'
import { clearedFilters, describeUrlFilters, filterParts } from './describe-url-state'
import { defaultUrlState, parseUrlState, serializeUrlState } from './url-state'

const names = { sector: (id: string) => ({ rural: '乡村振兴', livelihood: '民生保障' })[id] ?? id }
const at = (search: string) => parseUrlState(search)

it('says nothing for the default view, an open glossary term or an open 原文 (passage)', () => {
  expect(describeUrlFilters(defaultUrlState, names)).toBeUndefined()
  expect(describeUrlFilters(at('?term=三主三特&passage=gdp-growth-2023&view=report'), names)).toBeUndefined()
})

it('names sectors, kinds, measures, statuses, the search and 本期 on the 看板', () => {
  expect(
    describeUrlFilters(
      at('?sector=rural,livelihood&kind=target&measure=level&status=behind&q=农田&period=2023-09'),
      names,
    ),
  ).toBe('乡村振兴、民生保障、2023年目标、总量、欠进度、搜索“农田”、本期2023年9月')
})

it('names on each tab only what narrows that tab', () => {
  const search = '?sector=rural&kind=target&q=农田&status=unreported&period=2023-06'
  expect(describeUrlFilters(at(`${search}&view=progress`), names)).toBe(
    '乡村振兴、未报送、搜索“农田”、本期2023年6月',
  )
  expect(describeUrlFilters(at(`${search}&view=report`), names)).toBe('乡村振兴、搜索“农田”、本期2023年6月')
  expect(describeUrlFilters(at(`${search}&view=assign`), names)).toBeUndefined()
})

it('names the 牵头单位 and 责任领导 filters with their labels', () => {
  expect(describeUrlFilters(at('?unit=县统计局,县人社局&leader=张三'), names)).toBe(
    '牵头单位：县统计局、县人社局、责任领导：张三',
  )
})

it('clears the described filters and keeps the tab, the glossary term and what other tabs use', () => {
  const state = at('?view=progress&status=behind&kind=target&term=三主三特')
  expect(filterParts(state, names).map((p) => p.key)).toEqual(['status'])
  expect(serializeUrlState({ ...state, ...clearedFilters(state, names) })).toBe(
    '?kind=target&term=%E4%B8%89%E4%B8%BB%E4%B8%89%E7%89%B9&view=progress',
  )
})
