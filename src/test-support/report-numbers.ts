import { CHINESE_NUMERAL_CHARS, wholeNumberIndex } from '@/data/select/whole-number'

// Finds the numbers of the report text by position, so that coverage can be checked number by number.

export interface NumberToken {
  /** As written, with a trailing % kept: "7.5%", "6949", "第一", "两" */
  text: string
  start: number
  end: number
}

/** Classifiers and units after which a Chinese number word states a quantity: 15个 is written 十五个, 三家, 三年 … */
export const CHINESE_CLASSIFIERS = '个家项所座条名次批年件户人起枚位种'

const N = CHINESE_NUMERAL_CHARS
const NUMBER = new RegExp(
  [
    // Arabic figures with decimals and an optional half- or full-width percent sign
    String.raw`\d+(?:\.\d+)?[%％]?`,
    // 第X and 前X: ordinals and ranks (第一, 前十); not right after a digit (2.43万 is one figure)
    String.raw`(?<![\d.${N}])[第前][${N}]+`,
    // X + classifier: 三家, 两个, 十五条, 千名
    String.raw`(?<![\d.${N}第前])[${N}]+(?=[${CHINESE_CLASSIFIERS}])`,
  ].join('|'),
  'g',
)

/**
 * Every number in `text`, in order. A bare 一 before a classifier (一批, 一年, 一个) is left out:
 * it is the indefinite article; the report writes real counts of one as 1个.
 */
export function findNumberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const m of text.matchAll(NUMBER)) {
    if (m[0] === '一') continue
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return tokens
}

/** Start offsets of every occurrence of `needle` in `haystack` (overlapping occurrences included). */
export function findAll(haystack: string, needle: string): number[] {
  const starts: number[] = []
  if (needle === '') return starts
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) starts.push(i)
  return starts
}

export const occursAsWholeNumber = (quote: string, written: string) => wholeNumberIndex(quote, written) !== -1
