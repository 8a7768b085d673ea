import { wholeNumberIndex } from './whole-number'
import type { Dataset } from '@/data/dataset/schema'
import type { ReportParagraph } from '@/data/dataset/report-text'

// Pure derivations for the 原文 view: the paragraph holding a quote, and the quote and its figure inside it.

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
