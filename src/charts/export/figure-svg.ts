import type { FigureBody, FigureContent, FigureSvg, GlossaryNote, LegendItem } from '../chart-types'
import { frameInk } from '../palette'
import { CJK_FONT_STACK, estimateWidth, wrapText, type Measure } from './text-layout'

// Draws the ChartFrame sandwich as one standalone SVG: title, subtitle, legend, chart, footer, glossary.

const PAD = 24
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
  const lineHeight = Math.round(style.size * 1.45)
  const lines = wrapText(text, width, style.size, measure, style.bold)
  const weight = style.bold ? ' font-weight="700"' : ''
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
    return `<line x1="${x}" y1="${y + 6}" x2="${x + 16}" y2="${y + 6}" stroke="${color}" stroke-width="2.5"/>`
  // The app's target marker is a dark-outlined diamond.
  if (item.shape === 'marker')
    return `<path d="M${x + 8},${y} L${x + 14},${y + 6} L${x + 8},${y + 12} L${x + 2},${y + 6} Z" fill="${color}" stroke="${INK.text}" stroke-width="1.2"/>`
  const opacity = item.shape === 'band' ? ' fill-opacity="0.35"' : ''
  return `<rect x="${x}" y="${y + 1}" width="16" height="10" rx="2" fill="${color}"${opacity}/>`
}

// Legend items flow left to right and wrap like the on-screen legend.
function legendBlock(items: LegendItem[], width: number, measure: Measure): Block {
  const size = 12
  const rowHeight = 20
  const placed: { item: LegendItem; x: number; row: number }[] = []
  let x = 0
  let row = 0
  for (const item of items) {
    const itemWidth = 22 + measure(item.label, size)
    if (x > 0 && x + itemWidth > width) {
      x = 0
      row += 1
    }
    placed.push({ item, x, row })
    x += itemWidth + 16
  }
  return {
    height: (row + 1) * rowHeight + 8,
    draw: (y) =>
      placed
        .map(({ item, x, row }) => {
          const top = y + row * rowHeight + 2
          const label = `<text x="${PAD + x + 22}" y="${top + 11}" font-size="${size}" fill="${INK.text}">${escapeXml(item.label)}</text>`
          return swatch(item, PAD + x, top) + label
        })
        .join(''),
  }
}

// A chart narrower than the figure (a phone's) is centred under the left-aligned title.
function bodyBlock(body: FigureBody, width: number): Block {
  const x = PAD + Math.max(0, (width - body.width) / 2)
  return {
    height: body.height + 12,
    draw: (y) => `<g transform="translate(${x},${y})">${body.markup}</g>`,
  }
}

function ruleBlock(width: number): Block {
  return {
    height: 14,
    draw: (y) =>
      `<line x1="${PAD}" y1="${y + 4}" x2="${PAD + width}" y2="${y + 4}" stroke="${INK.rule}" stroke-width="1"/>`,
  }
}

// The chart part of a figure: everything except the shared footer.
function chartBlocks(c: FigureContent, width: number, measure: Measure, titleSize: number): Block[] {
  const blocks = [
    textBlock(c.title, width, { size: titleSize, color: INK.title, bold: true, gapAfter: 4 }, measure),
  ]
  if (c.subtitle)
    blocks.push(textBlock(c.subtitle, width, { size: 13, color: INK.muted, gapAfter: 6 }, measure))
  if (c.legend?.length) blocks.push(legendBlock(c.legend, width, measure))
  blocks.push(bodyBlock(c.body, width))
  return blocks
}

function footerBlocks(lines: string[], glossary: GlossaryNote[], width: number, measure: Measure): Block[] {
  const small = { size: 12, color: INK.muted, gapAfter: 2 }
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
  const height = Math.ceil(y + PAD - 8)
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
    [...chartBlocks(c, width, measure, 20), ...footerBlocks(c.footer, c.glossary ?? [], width, measure)],
    width,
  )
}

/** A sector panel: its title, then each chart (with its own as-of note), then one source footer. */
export function buildPanelSvg(
  panel: { title: string; subtitle?: string; charts: FigureContent[]; footer: string[] },
  measure: Measure = estimateWidth,
): FigureSvg {
  const width = Math.max(MIN_INNER, ...panel.charts.map((c) => c.body.width))
  const blocks = [
    textBlock(panel.title, width, { size: 24, color: INK.title, bold: true, gapAfter: 4 }, measure),
  ]
  if (panel.subtitle)
    blocks.push(textBlock(panel.subtitle, width, { size: 13, color: INK.muted, gapAfter: 8 }, measure))
  for (const chart of panel.charts) {
    blocks.push(ruleBlock(width), ...chartBlocks(chart, width, measure, 17))
    const notes = chart.footer.filter((line) => !panel.footer.includes(line))
    for (const note of notes)
      blocks.push(textBlock(note, width, { size: 12, color: INK.muted, gapAfter: 8 }, measure))
  }
  return stack([...blocks, ...footerBlocks(panel.footer, [], width, measure)], width)
}
