import type { CellValue } from 'exceljs'

// exceljs is large: it is only ever loaded on demand, so the first screen never pays for it.

export type ExcelJs = typeof import('exceljs')

/** The exceljs module, loaded on first use (its own chunk) */
export async function loadExcel(): Promise<ExcelJs> {
  const module = (await import('exceljs')) as ExcelJs & { default?: ExcelJs }
  return module.default ?? module
}

const two = (n: number) => String(n).padStart(2, '0')

/** A cell as the text a person sees: dates as YYYY-MM-DD, rich text joined, formulas by their result */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('text' in value) return value.text
  if ('result' in value) return cellText(value.result ?? null)
  if ('error' in value) return ''
  return ''
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** Whether the bytes are a zip container, as every .xlsx is (an old .xls or an encrypted workbook is not) */
export const isZip = (bytes: Uint8Array) => ZIP.every((b, i) => bytes[i] === b)

/** The first worksheet of an .xlsx as text records, row i being spreadsheet row i + 1; undefined when unreadable */
export async function readSheetRecords(bytes: Uint8Array): Promise<string[][] | undefined> {
  if (!isZip(bytes)) return undefined
  const { Workbook } = await loadExcel()
  const book = new Workbook()
  try {
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
  } catch {
    return undefined
  }
  const sheet = book.worksheets[0]
  if (!sheet) return []
  const width = sheet.columnCount
  const records: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    records.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)))
  }
  return records
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
