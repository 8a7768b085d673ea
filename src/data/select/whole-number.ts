import { escapeRegExp } from '@/lib/regexp'

// Finds a figure inside a quote as a whole number, so the 原文 view marks 5 in 增长5% and not in 155.44.

/** Characters that can form a Chinese number word. */
export const CHINESE_NUMERAL_CHARS = '零一二两三四五六七八九十百千万亿'
const N = CHINESE_NUMERAL_CHARS

/**
 * Where `written` first occurs in `quote` as a whole figure, or -1: "5" in "增长5%" but not in "155.44";
 * "十" in "前十" but not in "十四五".
 */
export function wholeNumberIndex(quote: string, written: string): number {
  const pattern = /^\d/.test(written)
    ? String.raw`(?<!\d)(?<!\d\.)${escapeRegExp(written)}(?!\d)(?!\.\d)`
    : `(?<![${N}])${escapeRegExp(written)}(?![${N}])`
  return quote.search(new RegExp(pattern))
}
