import type { FigureSvg } from '../chart-types'
import { frameInk as INK } from '../palette'
import { escapeXml } from './figure-svg'
import { CJK_FONT_STACK, wrapText, type Measure } from './text-layout'

// A sector panel for a slide deck: 16:9 pages, each with the panel title, a page number, a grid of its charts
// (each a complete figure, scaled to fit) and the 来源 at the foot, instead of one tall strip.

export const SLIDE = { width: 1280, height: 720 } as const
const PAD = 36
const TOP = PAD + 84
const BOTTOM = SLIDE.height - 44
const GAP = 20
// The most charts a page holds while each stays at least this size (its text stays legible when projected).
const LAYOUTS = [
  { cols: 2, rows: 2 },
  { cols: 2, rows: 1 },
  { cols: 1, rows: 1 },
] as const
const MIN_SCALE = 0.72

export type Deck = { title: string; subtitle?: string | undefined; footer: string; figures: FigureSvg[] }

function cell({ cols, rows }: { cols: number; rows: number }) {
  return {
    width: (SLIDE.width - 2 * PAD - (cols - 1) * GAP) / cols,
    height: (BOTTOM - TOP - (rows - 1) * GAP) / rows,
  }
}

// Inside the card outline, never over it.
const INSET = 3
const fit = (fig: FigureSvg, box: { width: number; height: number }) =>
  Math.min(1, (box.width - 2 * INSET) / fig.width, (box.height - 2 * INSET) / fig.height)

function chooseLayout(figures: FigureSvg[]) {
  return (
    LAYOUTS.find((layout) => figures.every((f) => fit(f, cell(layout)) >= MIN_SCALE)) ??
    LAYOUTS[LAYOUTS.length - 1]!
  )
}

const text = (x: number, y: number, size: number, color: string, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${color}"${extra}>${escapeXml(body)}</text>`

function page(deck: Deck, figures: FigureSvg[], n: number, total: number, measure: Measure): FigureSvg {
  const layout = chooseLayout(deck.figures)
  const box = cell(layout)
  const pageLabel = total > 1 ? `第${n}/${total}页` : ''
  const titleWidth = SLIDE.width - 2 * PAD - (pageLabel ? 120 : 0)
  const title = wrapText(deck.title, titleWidth, 28, measure, true)[0] ?? ''
  const subtitle = deck.subtitle ? (wrapText(deck.subtitle, titleWidth, 15, measure)[0] ?? '') : ''
  const cells = figures.map((fig, i) => {
    const x = PAD + (i % layout.cols) * (box.width + GAP)
    const y = TOP + Math.floor(i / layout.cols) * (box.height + GAP)
    const k = fit(fig, box)
    // Centred in its cell, inside a card outline like the chart frames on screen.
    const dx = x + (box.width - fig.width * k) / 2
    return (
      `<rect x="${x}" y="${y}" width="${box.width}" height="${box.height}" rx="8" fill="#ffffff" stroke="${INK.rule}"/>` +
      `<g transform="translate(${dx},${y + INSET}) scale(${k})">${fig.svg}</g>`
    )
  })
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}" font-family="${escapeXml(CJK_FONT_STACK)}">` +
    `<rect width="${SLIDE.width}" height="${SLIDE.height}" fill="#ffffff"/>` +
    `<rect width="${SLIDE.width}" height="6" fill="#991b1b"/>` +
    text(PAD, PAD + 28, 28, INK.title, title, ' font-weight="700"') +
    (subtitle ? text(PAD, PAD + 58, 15, INK.muted, subtitle) : '') +
    (pageLabel ? text(SLIDE.width - PAD, PAD + 26, 15, INK.muted, pageLabel, ' text-anchor="end"') : '') +
    cells.join('') +
    text(PAD, SLIDE.height - 18, 13, INK.muted, deck.footer) +
    `</svg>`
  return { svg, width: SLIDE.width, height: SLIDE.height }
}

/** The panel as 16:9 pages, charts in page order, as many to a page as stay legible */
export function buildSlides(deck: Deck, measure: Measure): FigureSvg[] {
  const { cols, rows } = chooseLayout(deck.figures)
  const perPage = cols * rows
  const groups: FigureSvg[][] = []
  for (let i = 0; i < deck.figures.length; i += perPage) groups.push(deck.figures.slice(i, i + perPage))
  if (groups.length === 0) groups.push([])
  return groups.map((figures, i) => page(deck, figures, i + 1, groups.length, measure))
}
