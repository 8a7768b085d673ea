import { saveBlob } from '@/lib/download'
import { fileName, localDate } from '@/lib/file-name'
import type { GlossaryTerm } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
import { zhExportMenu } from '@/i18n/zh-export-menu'
import type { ChartExportSpec, ChartFormat, ChartOnPage } from '../chart-types'
import { chartCsv } from './chart-csv'
import { zipSync, type Zippable } from 'fflate'
import { buildFigureSvg } from './figure-svg'
import type { FigureContent, FigureSvg } from '../chart-types'
import { chartTerms } from './glossary-terms'
import { resolveColor, snapshotBody } from './snapshot-svg'
import { canvasMeasure } from './text-layout'
import { buildSlides } from './slides'
import { svgToPng } from './to-png'
import { unixEntry } from './zip-entry'

// The export entry point, loaded with import() on first use so it never weighs on the first screen.

export type ExportOptions = { glossary?: readonly GlossaryTerm[] }

export function footerLines(spec: ChartExportSpec): string[] {
  return spec.footnote ? [zh.credit, spec.footnote] : [zh.credit]
}

function figureContent({ frame, spec }: ChartOnPage, options: ExportOptions): FigureContent {
  const body = frame.querySelector('[data-chart-body]')
  if (!body) throw new Error('找不到图表区域')
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    legend: spec.legend?.map((item) => ({ ...item, color: resolveColor(item.color, frame) })),
    body: snapshotBody(body),
    footer: footerLines(spec),
    glossary: options.glossary ? chartTerms(spec, options.glossary) : [],
  }
}

export function chartFigure(chart: ChartOnPage, options: ExportOptions = {}): FigureSvg {
  return buildFigureSvg(figureContent(chart, options), canvasMeasure())
}

/** 领域_图表_日期.svg; a PNG names its scale (领域_图表_2倍_日期.png), so the 2× and 4× files never collide */
export function chartFileName(
  spec: ChartExportSpec,
  extension: string,
  today = new Date(),
  scale?: 2 | 4,
): string {
  const sized = scale ? [zhExportMenu.scaleName(scale)] : []
  return fileName([spec.sector ?? zhExportMenu.overview, spec.title, ...sized, localDate(today)], extension)
}

const svgBlob = (fig: FigureSvg) => new Blob([fig.svg], { type: 'image/svg+xml;charset=utf-8' })
const csvBlob = (spec: ChartExportSpec) => new Blob([chartCsv(spec)], { type: 'text/csv;charset=utf-8' })

/** Downloads one chart in one format and returns the file name. */
export async function downloadChart(chart: ChartOnPage, format: ChartFormat, options: ExportOptions = {}) {
  const scale = format === 'png4x' ? 4 : 2
  const name =
    format === 'png' || format === 'png4x'
      ? chartFileName(chart.spec, 'png', new Date(), scale)
      : chartFileName(chart.spec, format)
  if (format === 'csv') saveBlob(csvBlob(chart.spec), name)
  else if (format === 'svg') saveBlob(svgBlob(chartFigure(chart, options)), name)
  else saveBlob(await svgToPng(chartFigure(chart, options), scale), name)
  return name
}

export async function chartPng(chart: ChartOnPage, options: ExportOptions = {}): Promise<Blob> {
  return svgToPng(chartFigure(chart, options), 2)
}

/**
 * A whole sector panel for slides: 16:9 pages (2560×1440 PNG) with the panel title, its charts in page order
 * and one 来源 line; one page downloads as a PNG, several as a zip of numbered pages.
 */
export async function downloadPanel(
  panel: { title: string; subtitle?: string; sector?: string },
  charts: ChartOnPage[],
) {
  const measure = canvasMeasure()
  // Each chart keeps its as-of note; the 来源 is said once, at the foot of every page.
  const figures = charts.map((c) => {
    const content = figureContent(c, {})
    return buildFigureSvg({ ...content, footer: content.footer.filter((l) => l !== zh.credit) }, measure)
  })
  const pages = buildSlides({ ...panel, footer: zh.credit, figures }, measure)
  const today = localDate(new Date())
  const base = [panel.sector ?? panel.title, zhExportMenu.panelFile]
  if (pages.length === 1) {
    const name = fileName([...base, today], 'png')
    saveBlob(await svgToPng(pages[0]!, 2), name)
    return name
  }
  const files: Zippable = {}
  for (const [i, slide] of pages.entries()) {
    const png = new Uint8Array(await (await svgToPng(slide, 2)).arrayBuffer())
    files[fileName([...base, zhExportMenu.pageName(i + 1, pages.length), today], 'png')] = [
      png,
      { ...unixEntry, level: 0 },
    ]
  }
  const name = fileName([...base, today], 'zip')
  saveBlob(new Blob([zipSync(files)], { type: 'application/zip' }), name)
  return name
}
