// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { findAll, findNumberTokens, occursAsWholeNumber } from './report-numbers'

// Invariant: every figure of a sentence is found once, at its own offsets, and nothing that is not a figure.

const texts = (s: string) => findNumberTokens(s).map((t) => t.text)

describe('findNumberTokens', () => {
  it('finds Arabic figures with decimals and percent signs', () => {
    expect(texts('生产总值359.07亿元，分别增长5%、2.4%，结案率100％')).toEqual([
      '359.07',
      '5%',
      '2.4%',
      '100％',
    ])
  })

  it('reports offsets', () => {
    const [token] = findNumberTokens('增长7.5%左右')
    expect(token).toEqual({ text: '7.5%', start: 2, end: 6 })
  })

  it('finds ordinals, ranks and Chinese counts before a classifier', () => {
    expect(texts('排名七县市第一、第三；进入全省前十；三家医院；两个以上；十五条；千名干部')).toEqual([
      '第一',
      '第三',
      '前十',
      '三',
      '两',
      '十五',
      '千',
    ])
  })

  it('treats a Chinese magnitude after a digit as part of the figure', () => {
    expect(texts('学位2.43万个，疫苗143万余剂')).toEqual(['2.43', '143'])
  })

  it('skips the indefinite 一 and number words that are not followed by a classifier', () => {
    expect(texts('一批企业、一年来、“三主三特”、二十大、十四五、（一）')).toEqual([])
  })

  it('reads a whole Chinese number word, not its tail', () => {
    expect(texts('十五条硬措施')).toEqual(['十五'])
  })
})

describe('occursAsWholeNumber', () => {
  it('matches a whole Arabic figure only', () => {
    expect(occursAsWholeNumber('总额155.44亿元，分别增长5%', '5')).toBe(true)
    expect(occursAsWholeNumber('总额155.44亿元', '5')).toBe(false)
    expect(occursAsWholeNumber('总额155.44亿元', '155.4')).toBe(false)
    expect(occursAsWholeNumber('总额155.44亿元', '155.44')).toBe(true)
  })

  it('matches a whole Chinese number word only', () => {
    expect(occursAsWholeNumber('进入全省前十', '十')).toBe(true)
    expect(occursAsWholeNumber('“十四五”', '十')).toBe(false)
    expect(occursAsWholeNumber('排名第一', '第一')).toBe(true)
  })
})

describe('findAll', () => {
  it('returns every start offset', () => {
    expect(findAll('第一、第一', '第一')).toEqual([0, 3])
    expect(findAll('abc', '')).toEqual([])
  })
})
