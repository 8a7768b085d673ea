import { wholeNumberIndex } from './whole-number'
import type { Dataset } from '@/data/dataset/schema'

// Pure derivations for the 原文 view: the report as paragraphs under their section headings,
// the paragraph holding a quote, and the quote and its figure located inside it.

export type ReportParagraph = {
  text: string
  /** Headings from the outermost down, e.g. ['二、2023年工作安排', '（一）坚持工业强县、实业兴县，让产业质效更优'] */
  section: string[]
}

const PART = /^[一二三四五六七八九十]+、/
const ITEM = /^（[一二三四五六七八九十]+）/
const NOTES = /名词解释：?$/

/**
 * Splits the report into paragraphs (one per non-empty line). Part headings (一、…) and standalone item
 * headings (（一）…, no full stop) become section titles, not paragraphs; an item that opens its own
 * paragraph (（一）大力实施产业项目，实体经济稳中向好。…) names only that paragraph, by its lead sentence.
 */
export function parseReport(text: string): ReportParagraph[] {
  const paragraphs: ReportParagraph[] = []
  let part: string | undefined
  let item: string | undefined
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    if (PART.test(line) || NOTES.test(line)) {
      part = line.replace(/：$/, '')
      item = undefined
    } else if (ITEM.test(line) && !line.includes('。')) {
      item = line
    } else {
      const lead = ITEM.test(line) ? line.slice(0, line.indexOf('。')) : undefined
      if (lead) item = undefined
      const section = [part, lead ?? item].filter((s): s is string => s !== undefined)
      paragraphs.push({ text: line, section })
    }
  }
  return paragraphs
}

/** Index of the first paragraph containing the quote, or -1. */
export function findQuoteParagraph(paragraphs: readonly ReportParagraph[], quote: string): number {
  return quote ? paragraphs.findIndex((p) => p.text.includes(quote)) : -1
}

export type PassageItem = { id: string; name: string; quote: string; written?: string }

export function selectPassageItem(dataset: Dataset, id: string): PassageItem | undefined {
  const indicator = dataset.indicators.find((i) => i.id === id)
  if (indicator) return indicator
  return dataset.tasks.find((t) => t.id === id)
}

/** The paragraph cut around the quote, the quote cut around its figure: text pieces, in reading order. */
export type QuoteParts = { before: string; quote: [string, string, string]; after: string }

export function splitAtQuote(paragraph: string, quote: string, written?: string): QuoteParts | undefined {
  const start = quote ? paragraph.indexOf(quote) : -1
  if (start === -1) return undefined
  const at = written ? wholeNumberIndex(quote, written) : -1
  const end = at === -1 ? 0 : at + (written ?? '').length
  return {
    before: paragraph.slice(0, start),
    quote: at === -1 ? [quote, '', ''] : [quote.slice(0, at), quote.slice(at, end), quote.slice(end)],
    after: paragraph.slice(start + quote.length),
  }
}
