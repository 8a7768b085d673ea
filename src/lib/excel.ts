import type { Workbook, Worksheet } from 'exceljs'
// exceljs is large (~250 kB gzip): it loads only when a workbook is written or read, never with the first screen.

export type ExcelJs = typeof import('exceljs')

export async function loadExcel(): Promise<ExcelJs> {
  const mod: ExcelJs | { default: ExcelJs } = await import('exceljs')
  // The browser build is a UMD bundle whose API arrives as the default export; Node's build has named exports.
  return 'Workbook' in mod ? mod : mod.default
}

/** What a cell shows, as text: numbers as typed, dates as YYYY-MM-DD, rich text joined, formulas by their result */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return ''
    // exceljs reads a date cell as UTC midnight of that day
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string }
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellText(v.result)
    if ('text' in v) return cellText(v.text)
    if (typeof v.error === 'string') return v.error
  }
  return ''
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** Whether the bytes are a zip container, as every .xlsx is (an old .xls or an encrypted workbook is not) */
export const isZip = (bytes: Uint8Array) => ZIP.every((b, i) => bytes[i] === b)

/** An .xlsx file's workbook; undefined when the bytes are not a readable workbook */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook | undefined> {
  if (!isZip(bytes)) return undefined
  const book = new (await loadExcel()).Workbook()
  try {
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
  } catch {
    return undefined
  }
  return book
}

/** A worksheet as text records, row i being spreadsheet row i + 1 */
export function sheetRecords(sheet: Worksheet): string[][] {
  const width = sheet.columnCount
  const records: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    records.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)))
  }
  return records
}

/** The first worksheet of an .xlsx as text records; undefined when unreadable */
export async function readSheetRecords(bytes: Uint8Array): Promise<string[][] | undefined> {
  const book = await loadWorkbook(bytes)
  if (!book) return undefined
  const sheet = book.worksheets[0]
  return sheet ? sheetRecords(sheet) : []
}

/** A one-sheet workbook: bold frozen header, the given column widths, every cell stored as text */
export async function writeSheet(
  sheetName: string,
  header: readonly { title: string; width: number }[],
  rows: readonly (readonly string[])[],
): Promise<ArrayBuffer> {
  const { Workbook } = await loadExcel()
  const book = new Workbook()
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = header.map((h) => ({ header: h.title, width: h.width, style: { numFmt: '@' } }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow([...row])
  return book.xlsx.writeBuffer()
}
