// The report's text read as paragraphs under their section headings (一、…, （一）…), for the 原文 view.

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
