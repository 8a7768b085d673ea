import { toCsv, type CsvCell } from '@/lib/csv'
import { zh } from '@/i18n/zh'
import { CREDIT_KEY, type ChartExportSpec } from '../chart-types'

// A chart's CSV is its data table (exactly the rows shown under the current filters) plus unit and 来源: the
// report's, except for a row that carries its own (an in-year actual cites its entry's 来源).
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
    // A row with its own credit (an in-year actual) cites it; null = nothing to credit (待监测).
    CREDIT_KEY in row ? row[CREDIT_KEY] : zh.creditName,
    ...(spec.footnote ? [spec.footnote] : []),
  ])
  return toCsv([header, ...body])
}
