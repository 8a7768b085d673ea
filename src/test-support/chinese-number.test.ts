// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { parseChineseNumber, parseWrittenNumber } from './chinese-number'

// Invariant: every number word the report uses reads as its value, and malformed words read as undefined.

describe('parseChineseNumber', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['九', 9],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十四', 24],
    ['百', 100],
    ['一百零五', 105],
    ['千', 1000],
    ['两千', 2000],
    ['一千零十', 1010],
    ['三千五百', 3500],
    ['万', 10000],
    ['十万', 100000],
    ['三万五千', 35000],
    ['一亿五千万', 150000000],
  ])('%s → %d', (word, value) => {
    expect(parseChineseNumber(word)).toBe(value)
  })

  it.each([
    ['第一', 1],
    ['第三', 3],
    ['第十八', 18],
    ['前十', 10],
    ['前三', 3],
  ])('ordinal or rank %s → %d', (word, value) => {
    expect(parseChineseNumber(word)).toBe(value)
  })

  it.each(['', '第', '十四五', '三主三特', '五百三千', '一二', 'abc', '12'])(
    '%s is not a number word',
    (word) => {
      expect(parseChineseNumber(word)).toBeUndefined()
    },
  )
})

describe('parseWrittenNumber', () => {
  it('reads Arabic figures with Number', () => {
    expect(parseWrittenNumber('359.07')).toBe(359.07)
    expect(parseWrittenNumber('6949')).toBe(6949)
    expect(parseWrittenNumber('0.91')).toBe(0.91)
  })

  it('reads Chinese words with the parser', () => {
    expect(parseWrittenNumber('两')).toBe(2)
    expect(parseWrittenNumber('第一')).toBe(1)
  })

  it('rejects figures with units or signs attached', () => {
    expect(parseWrittenNumber('5%')).toBeUndefined()
    expect(parseWrittenNumber('1.3亿')).toBeUndefined()
    expect(parseWrittenNumber('-3')).toBeUndefined()
  })
})
