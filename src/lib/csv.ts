// The one CSV writer and reader for the app: RFC 4180 quoting, CRLF rows, and a UTF-8 BOM so Excel and WPS read Chinese.

export type CsvCell = string | number | boolean | null | undefined

const BOM = '\uFEFF'

// Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a leading apostrophe.
const formulaLike = /^'*[=+\-@\t\r]/

// A cell is quoted when it holds a comma, quote, CR or LF, or leading/trailing spaces that tools would trim.
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : typeof value === 'string' && formulaLike.test(value)
        ? `'${value}`
        : String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows (the first is usually the header) → CSV text with BOM, CRLF line ends and a final CRLF. Pass numbers as numbers. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(',') + '\r\n').join('')
}

/** Undoes the writer's formula guard on a text cell read back with parseCsv. */
export function csvText(text: string): string {
  return text.startsWith("'") && formulaLike.test(text) ? text.slice(1) : text
}

export class CsvSyntaxError extends Error {
  constructor(
    /** 1-based record number, as a spreadsheet numbers its rows */
    readonly row: number,
    readonly problem: string,
  ) {
    super(`第 ${row} 行：${problem}`)
    this.name = 'CsvSyntaxError'
  }
}

/** RFC 4180 text (any line end, optional BOM) → records; record i is spreadsheet row i + 1, a blank line is ['']. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endRow = () => {
    row.push(field)
    rows.push(row)
    row = []
    field = ''
  }
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else {
        quoted = false
        const next = text[i + 1]
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
          throw new CsvSyntaxError(
            rows.length + 1,
            '右引号后紧跟了其他字符（字段内的引号应写成两个双引号 ""）',
          )
      }
    } else if (ch === '"') {
      if (field !== '')
        throw new CsvSyntaxError(rows.length + 1, '引号只能出现在字段开头（字段内的引号应写成 ""）')
      quoted = true
    } else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRow()
    } else field += ch
  }
  if (quoted) throw new CsvSyntaxError(rows.length + 1, '引号未闭合')
  if (field !== '' || row.length > 0) endRow()
  return rows
}
