import { saveBlob } from '@/lib/download'
import { fileName, localDate } from '@/lib/file-name'
import type { GlossaryTerm } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
import type { ChartExportSpec, ChartFormat, ChartOnPage } from '../chart-types'
import { chartCsv } from './chart-csv'
import { buildFigureSvg, buildPanelSvg } from './figure-svg'
import type { FigureContent, FigureSvg } from '../chart-types'
import { chartTerms } from './glossary-terms'
import { resolveColor, snapshotBody } from './snapshot-svg'
import { canvasMeasure } from './text-layout'
import { svgToPng } from './to-png'

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

export function chartFileName(spec: ChartExportSpec, extension: string, today = new Date()): string {
  return fileName([spec.sector ?? zh.exportMenu.overview, spec.title, localDate(today)], extension)
}

const svgBlob = (fig: FigureSvg) => new Blob([fig.svg], { type: 'image/svg+xml;charset=utf-8' })
const csvBlob = (spec: ChartExportSpec) => new Blob([chartCsv(spec)], { type: 'text/csv;charset=utf-8' })

/** Downloads one chart in one format and returns the file name. */
export async function downloadChart(chart: ChartOnPage, format: ChartFormat, options: ExportOptions = {}) {
  const name = chartFileName(chart.spec, format === 'png4x' ? 'png' : format)
  if (format === 'csv') saveBlob(csvBlob(chart.spec), name)
  else if (format === 'svg') saveBlob(svgBlob(chartFigure(chart, options)), name)
  else saveBlob(await svgToPng(chartFigure(chart, options), format === 'png4x' ? 4 : 2), name)
  return name
}

export async function chartPng(chart: ChartOnPage, options: ExportOptions = {}): Promise<Blob> {
  return svgToPng(chartFigure(chart, options), 2)
}

/** One PNG of a whole sector panel: its title, its charts stacked in page order, one source footer. */
export async function downloadPanel(
  panel: { title: string; subtitle?: string; sector?: string },
  charts: ChartOnPage[],
) {
  const fig = buildPanelSvg(
    {
      title: panel.title,
      subtitle: panel.subtitle,
      charts: charts.map((c) => figureContent(c, {})),
      footer: [zh.credit],
    },
    canvasMeasure(),
  )
  const name = fileName([panel.sector ?? panel.title, zh.exportMenu.panelFile, localDate(new Date())], 'png')
  saveBlob(await svgToPng(fig, 2), name)
  return name
}
