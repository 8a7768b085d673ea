import { toCsv, type CsvCell } from '@/lib/csv'
import { zh } from '@/i18n/zh'
import type { ChartExportSpec } from '../chart-types'

// A chart's CSV is its data table (exactly the rows shown under the current filters) plus unit and source.
export function chartCsv(spec: ChartExportSpec): string {
  const { columns, rows } = spec.table
  const hasUnit = columns.some((c) => c.key === 'unit' || c.label === zh.csv.unit)
  const addUnit = !hasUnit && spec.unit !== undefined
  const header: CsvCell[] = [
    ...columns.map((c) => c.label),
    ...(addUnit ? [zh.csv.unit] : []),
    zh.csv.credit,
    ...(spec.footnote ? [zh.csv.note] : []),
  ]
  const body = rows.map((row): CsvCell[] => [
    ...columns.map((c) => row[c.key]),
    ...(addUnit ? [spec.unit] : []),
    zh.creditName,
    ...(spec.footnote ? [spec.footnote] : []),
  ])
  return toCsv([header, ...body])
}
