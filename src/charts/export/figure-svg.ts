import type { FigureBody, FigureContent, FigureSvg, GlossaryNote, LegendItem } from '../chart-types'
import { frameLayout, lineOf } from '../frame-layout'
import { frameInk } from '../palette'
import { CJK_FONT_STACK, estimateWidth, wrapText, type Measure } from './text-layout'

// Draws the ChartFrame sandwich as one standalone SVG: title, subtitle, legend, chart, footer, glossary, with the
// screen frame's sizes and spacing (frame-layout.ts).

const L = frameLayout
const PAD = 2 * L.pad
const MIN_INNER = 560
const INK = frameInk

// XML 1.0 forbids most control characters even when escaped: drop them, escape the five specials.
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(
      /[&<>"']/g,
      (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] ?? ''};`,
    )
}

type Block = { height: number; draw: (y: number) => string }
type TextStyle = { size: number; color: string; bold?: boolean; gapAfter: number }

function textBlock(text: string, width: number, style: TextStyle, measure: Measure): Block {
  const lineHeight = lineOf(style.size)
  const lines = wrapText(text, width, style.size, measure, style.bold)
  const weight = style.bold ? ` font-weight="${L.title.weight}"` : ''
  return {
    height: lines.length * lineHeight + style.gapAfter,
    draw: (y) =>
      lines
        .map(
          (line, i) =>
            `<text x="${PAD}" y="${y + i * lineHeight + style.size}" font-size="${style.size}" fill="${style.color}"${weight}>${escapeXml(line)}</text>`,
        )
        .join(''),
  }
}

function swatch(item: LegendItem, x: number, y: number): string {
  const color = escapeXml(item.color)
  if (item.shape === 'line')
    return `<line x1="${x}" y1="${y + 6}" x2="${x + L.legend.swatch}" y2="${y + 6}" stroke="${color}" stroke-width="2.5"/>`
  // The app's target marker is a dark-outlined diamond.
  if (item.shape === 'marker')
    return `<path d="M${x + 8},${y} L${x + 14},${y + 6} L${x + 8},${y + 12} L${x + 2},${y + 6} Z" fill="${color}" stroke="${INK.text}" stroke-width="1.2"/>`
  if (item.shape === 'dot') return `<circle cx="${x + 8}" cy="${y + 6}" r="5" fill="${color}"/>`
  if (item.shape === 'hollow')
    return `<path d="M${x + 8},${y} L${x + 14},${y + 6} L${x + 8},${y + 12} L${x + 2},${y + 6} Z" fill="#ffffff" stroke="${color}" stroke-width="2"/>`
  const opacity = item.shape === 'band' ? ' fill-opacity="0.35"' : ''
  return `<rect x="${x}" y="${y + 1}" width="${L.legend.swatch}" height="10" rx="2" fill="${color}"${opacity}/>`
}

// Legend items flow left to right and wrap like the on-screen legend.
function legendBlock(items: LegendItem[], width: number, measure: Measure): Block {
  const { size, swatch: swatchWidth, swatchGap, itemGap, rowGap } = L.legend
  const rowHeight = lineOf(size) + rowGap
  const labelAt = swatchWidth + swatchGap
  const placed: { item: LegendItem; x: number; row: number }[] = []
  let x = 0
  let row = 0
  for (const item of items) {
    const itemWidth = labelAt + measure(item.label, size)
    if (x > 0 && x + itemWidth > width) {
      x = 0
      row += 1
    }
    placed.push({ item, x, row })
    x += itemWidth + itemGap
  }
  return {
    height: (row + 1) * rowHeight - rowGap + L.gap,
    draw: (y) =>
      placed
        .map(({ item, x, row }) => {
          const top = y + row * rowHeight + 2
          const label = `<text x="${PAD + x + labelAt}" y="${top + 11}" font-size="${size}" fill="${INK.text}">${escapeXml(item.label)}</text>`
          return swatch(item, PAD + x, top) + label
        })
        .join(''),
  }
}

// A chart narrower than the figure (a phone's) is centred under the left-aligned title.
function bodyBlock(body: FigureBody, width: number): Block {
  const x = PAD + Math.max(0, (width - body.width) / 2)
  return {
    height: body.height + L.gap,
    draw: (y) => `<g transform="translate(${x},${y})">${body.markup}</g>`,
  }
}

function ruleBlock(width: number): Block {
  return {
    height: L.gap + 4,
    draw: (y) =>
      `<line x1="${PAD}" y1="${y + 4}" x2="${PAD + width}" y2="${y + 4}" stroke="${INK.rule}" stroke-width="1"/>`,
  }
}

// The chart part of a figure: everything except the shared footer.
function chartBlocks(c: FigureContent, width: number, measure: Measure): Block[] {
  const title = { size: L.title.size, color: INK.title, bold: true, gapAfter: c.subtitle ? 0 : L.gap }
  const blocks = [textBlock(c.title, width, title, measure)]
  if (c.subtitle)
    blocks.push(
      textBlock(c.subtitle, width, { size: L.subtitle.size, color: INK.muted, gapAfter: L.gap }, measure),
    )
  if (c.legend?.length) blocks.push(legendBlock(c.legend, width, measure))
  blocks.push(bodyBlock(c.body, width))
  return blocks
}

function footerBlocks(lines: string[], glossary: GlossaryNote[], width: number, measure: Measure): Block[] {
  const small = { size: L.footer.size, color: INK.muted, gapAfter: 2 }
  const blocks = [ruleBlock(width), ...lines.map((line) => textBlock(line, width, small, measure))]
  if (glossary.length) {
    blocks.push(textBlock('名词解释', width, { ...small, color: INK.text, bold: true }, measure))
    for (const g of glossary)
      blocks.push(textBlock(`${g.term}：${g.definition}`, width, { ...small, gapAfter: 4 }, measure))
  }
  return blocks
}

function stack(blocks: Block[], innerWidth: number): FigureSvg {
  let y = PAD
  const parts = blocks.map((b) => {
    const markup = b.draw(y)
    y += b.height
    return markup
  })
  const width = Math.ceil(innerWidth + 2 * PAD)
  const height = Math.ceil(y + PAD - L.gap)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(CJK_FONT_STACK)}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`
  return { svg, width, height }
}

/** One chart as a complete figure. */
export function buildFigureSvg(c: FigureContent, measure: Measure = estimateWidth): FigureSvg {
  const width = Math.max(MIN_INNER, c.body.width)
  return stack(
    [...chartBlocks(c, width, measure), ...footerBlocks(c.footer, c.glossary ?? [], width, measure)],
    width,
  )
}
