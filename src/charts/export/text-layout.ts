// Line wrapping for SVG text, which cannot wrap by itself; widths come from a measurer so tests need no canvas.

import { FRAME_FONT_STACK } from '../palette'

export const CJK_FONT_STACK = FRAME_FONT_STACK

export type Measure = (text: string, fontSize: number, bold?: boolean) => number

// Wide (CJK, full-width) characters take 1em; Latin letters and digits about 0.6em. Errs on the wide side.
export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let em = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    em += code >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : /[il.,:;'|!]/.test(ch) ? 0.3 : 0.62
  }
  return em * fontSize * (bold ? 1.05 : 1)
}

// In the browser, measure with the same font stack the exported image is drawn with.
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return estimateWidth
  return (text, fontSize, bold = false) => {
    ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${CJK_FONT_STACK}`
    return ctx.measureText(text).width
  }
}

// Chinese typesetting never starts a line with closing punctuation (避头点).
const NO_LINE_START = /^[，。、；：！？）》」』”’%]/

// Breaks between CJK characters, at spaces, and inside over-long Latin runs; never drops a character.
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure, bold = false) {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    const tokens = paragraph.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]{1,24}|\s+/gu) ?? ['']
    let line = ''
    for (const token of tokens) {
      const next = line + token
      if (line.trim() && !NO_LINE_START.test(token) && measure(next, fontSize, bold) > maxWidth) {
        lines.push(line.trimEnd())
        line = token.trimStart()
      } else line = next
    }
    lines.push(line.trimEnd())
  }
  return lines
}
