// The one CSV writer for the app: RFC 4180 quoting, CRLF rows, and a UTF-8 BOM so Excel and WPS read Chinese.

export type CsvCell = string | number | boolean | null | undefined

const BOM = '\uFEFF'

// A cell is quoted when it holds a comma, quote, CR or LF, or leading/trailing spaces that tools would trim.
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows (the first is usually the header) → CSV text with BOM, CRLF line ends and a final CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(',') + '\r\n').join('')
}
