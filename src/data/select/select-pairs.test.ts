// @vitest-environment node
// Pairs link each 2023 target to its 2022 outcome from either side; differences are target − outcome in points.
import { describe, expect, it } from 'vitest'
import { fixtureDataset, indicator } from '@/test-support/dataset-fixture'
import { pointsDifference, selectGrowthPairs, selectHeadlines, selectPairs } from './select-pairs'

const { indicators } = fixtureDataset()

describe('selectPairs', () => {
  it('links through pairId on either side and keeps target order', () => {
    const pairs = selectPairs(indicators).map((p) => [p.target.id, p.outcome.id])
    expect(pairs).toContainEqual(['gdp-growth-2023', 'gdp-growth-2022'])
    expect(pairs).toContainEqual(['iva-growth-2023', 'iva-growth-2022'])
    expect(pairs).toContainEqual(['farmland-2023', 'farmland-2022'])
    expect(pairs[0]).toEqual(['gdp-growth-2023', 'gdp-growth-2022'])
  })

  it('ignores a pairId that points at the wrong year or a missing record', () => {
    const lone = indicator({
      id: 'x-2023',
      sector: 'rural',
      name: 'x',
      value: 1,
      unit: '个',
      measure: 'count',
      quote: 'x',
      pairId: 'firms-2023',
    })
    const dangling = indicator({
      id: 'y-2023',
      sector: 'rural',
      name: 'y',
      value: 1,
      unit: '个',
      measure: 'count',
      quote: 'y',
      pairId: 'nowhere-2022',
    })
    expect(selectPairs([...indicators, lone, dangling]).map((p) => p.target.id)).not.toContain('x-2023')
    expect(selectPairs([...indicators, lone, dangling]).map((p) => p.target.id)).not.toContain('y-2023')
  })
})

describe('pointsDifference', () => {
  it('is target minus outcome for rates, without float noise', () => {
    const pairs = new Map(selectPairs(indicators).map((p) => [p.target.id, p]))
    expect(pointsDifference(pairs.get('gdp-growth-2023')!)).toBe(2.5)
    expect(pointsDifference(pairs.get('iva-growth-2023')!)).toBe(1.2)
    expect(pointsDifference(pairs.get('fai-growth-2023')!)).toBe(-7.5)
    expect(pointsDifference(pairs.get('jobless-2023')!)).toBe(2.57)
  })

  it('is null for amounts, where points make no sense', () => {
    const farmland = selectPairs(indicators).find((p) => p.target.id === 'farmland-2023')!
    expect(pointsDifference(farmland)).toBeNull()
  })
})

describe('selectHeadlines', () => {
  it('gives the 2023 headline targets in report order with their 2022 values and differences', () => {
    const rows = selectHeadlines(indicators).map((h) => [h.target.name, h.outcome?.value, h.points])
    expect(rows).toEqual([
      ['地区生产总值增速', 5, 2.5],
      ['规模工业增加值增速', 7.3, 1.2],
      ['固定资产投资增速', 17, -7.5],
      ['社会消费品零售总额增速', 2.4, 5.6],
      ['地方一般公共预算收入增速', 7.92, -1.92],
      ['全体居民人均可支配收入增速', 6.9, 0.6],
    ])
  })

  it('keeps an unpaired headline target, with no 2022 value', () => {
    const only = indicators.filter((i) => i.id !== 'fai-growth-2022')
    const fai = selectHeadlines(only).find((h) => h.target.id === 'fai-growth-2023')
    expect(fai).toMatchObject({ outcome: undefined, points: null })
  })
})

it('selectGrowthPairs keeps only growth-rate pairs', () => {
  const ids = selectGrowthPairs(selectPairs(indicators)).map((p) => p.target.id)
  expect(ids).toHaveLength(6)
  expect(ids).not.toContain('farmland-2023')
  expect(ids).not.toContain('jobless-2023')
})
