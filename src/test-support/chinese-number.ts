// Reads the figures of the report: Arabic numerals and the Chinese number words it uses (三, 两, 十五, 千, 第一, 前十).

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 }

/**
 * The value of a Chinese number word, with an optional ordinal or rank prefix (第一 → 1, 前十 → 10).
 * Returns undefined for anything that is not a well-formed number word, e.g. 十四五 (a plan's name) or 三主三特.
 */
export function parseChineseNumber(word: string): number | undefined {
  const bare = word.replace(/^[第前]/, '')
  if (bare === '') return undefined
  let total = 0 // completed 万/亿 groups
  let section = 0 // the group below the last 万/亿
  let digit: number | undefined // a digit waiting for its unit
  let lastUnit = Infinity // small units must descend within a section: 三千五百, not 五百三千
  for (const ch of bare) {
    const d = DIGITS[ch]
    const small = SMALL_UNITS[ch]
    const big = BIG_UNITS[ch]
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined // 十四五: two digits without a unit
      digit = d
    } else if (small !== undefined) {
      if (small >= lastUnit) return undefined
      section += (digit === undefined || digit === 0 ? 1 : digit) * small // bare 十, 千, 一千零十
      digit = undefined
      lastUnit = small
    } else if (big !== undefined) {
      const group = section + (digit ?? 0)
      if (big === 1e4) total += (group === 0 ? 1 : group) * big
      else total = (total + group === 0 ? 1 : total + group) * big // 亿 scales everything before it
      section = 0
      digit = undefined
      lastUnit = Infinity
    } else {
      return undefined
    }
  }
  return total + section + (digit ?? 0)
}

const ARABIC = /^\d+(?:\.\d+)?$/

/** The numeric value of an indicator's `written` figure: "359.07" → 359.07, "两" → 2, "第一" → 1. */
export function parseWrittenNumber(written: string): number | undefined {
  if (ARABIC.test(written)) return Number(written)
  return parseChineseNumber(written)
}
