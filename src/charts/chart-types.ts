import type { ReactNode } from 'react'

// The chart types shared by the frame, the registry and the exports, in one file so none imports another for a type.

export type TableColumn = { key: string; label: string }
export type TableRow = Record<string, string | number | null>
/** A row's own 来源 where it is not the report (an in-year actual): a key of the row, never a column */
export const CREDIT_KEY = 'credit'
export type LegendItem = {
  label: string
  color: string
  shape?: 'bar' | 'line' | 'marker' | 'band' | 'dot' | 'hollow'
}

/** What a chart shows, as data: the screen draws it, and every export (PNG, SVG, CSV) redraws it from the same */
export type ChartSpec = {
  /** Stable id, used for anchors and exported file names, e.g. overview-growth */
  id: string
  title: string
  /** Active filters and the unit, shown under the title and in exports */
  subtitle?: string
  /** Sector short name for file names; omitted for cross-sector charts */
  sector?: string
  /** Extra footer text, e.g. the as-of date of actuals */
  footnote?: string
  /** The unit of every value in the table, added as a 单位 column to its CSV when the table has none */
  unit?: string
  /** The data-table alternative, also the source of CSV exports: exactly what the chart shows */
  table: { columns: TableColumn[]; rows: TableRow[] }
  /** The legend as data, so exports can redraw it (recharts draws its legend as HTML) */
  legend?: LegendItem[]
}

export type ChartFrameProps = ChartSpec & {
  /** Draws the chart at the width available to it (CSS pixels) */
  children: (width: number) => ReactNode
}

/** What an export needs from a chart besides its DOM: the spec (the data, never the DOM text) */
export type ChartExportSpec = ChartSpec
export type ChartOnPage = { frame: HTMLElement; spec: ChartExportSpec }
export type ChartFormat = 'png' | 'png4x' | 'svg' | 'csv'

/** The chart itself: standalone SVG markup (already style-inlined) of the given size */
export type FigureBody = { markup: string; width: number; height: number }
export type GlossaryNote = { term: string; definition: string }

export type FigureContent = {
  title: string
  subtitle?: string
  legend?: LegendItem[]
  body: FigureBody
  /** Footer lines: the source, then the as-of note */
  footer: string[]
  glossary?: GlossaryNote[]
}

export type FigureSvg = { svg: string; width: number; height: number }
