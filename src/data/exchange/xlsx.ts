import type { Worksheet } from 'exceljs'
import { zhExchange } from '@/i18n/zh-exchange'
import { zhUnitForm } from '@/i18n/zh-unit-form'
import { cellText, loadExcel, loadWorkbook, sheetRecords } from '@/lib/excel'
import { refuse, type ReadResult, type ItemsById } from './draft'
import { readTable } from './read-csv'
import { columnEditable, PREFILLED, UNIT_FORM_COLUMNS, type UnitFormRow } from './unit-form'

// The 填报表 as a real Excel workbook (exceljs): written per unit, and read back like a CSV, row numbers intact.

const f = zhUnitForm
const p = zhExchange.problem

const HEADER_FILL = 'FFE2E8F0'
const LOCKED_FILL = 'FFF1F5F9'

export type UnitFormMeta = { unit: string; period: string; dueDate: string; issuer: string }

function writeInstructions(sheet: Worksheet, meta: UnitFormMeta, rows: number) {
  sheet.columns = [{ width: 14 }, { width: 80 }]
  const lines: [string, string][] = [
    [f.unitLabel, meta.unit],
    [f.periodLabel, meta.period],
    [f.dueLabel, meta.dueDate],
    [f.countLabel, String(rows)],
    [f.issuerLabel, meta.issuer],
    ...f.instructions.map((text, i): [string, string] => [i === 0 ? f.howLabel : '', text]),
  ]
  for (const line of lines) sheet.addRow(line)
  sheet.getColumn(1).font = { bold: true }
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' }
}

/** One unit's 填报表: header frozen, 目标编号 and 事项 locked, drop-downs for 口径 and 任务状态 */
export async function writeUnitForm(rows: readonly UnitFormRow[], meta: UnitFormMeta): Promise<ArrayBuffer> {
  const { Workbook } = await loadExcel()
  const book = new Workbook()
  book.creator = meta.issuer
  book.title = `${meta.unit} ${f.title}`
  const sheet = book.addWorksheet(f.sheetName, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] })
  sheet.columns = UNIT_FORM_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  header.height = 22
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
  })
  for (const row of rows) {
    const added = sheet.addRow(UNIT_FORM_COLUMNS.map((c) => row.cells[c.key] ?? null))
    added.alignment = { vertical: 'top' }
    UNIT_FORM_COLUMNS.forEach((column, i) => {
      const cell = added.getCell(i + 1)
      const editable = columnEditable(column, row)
      if (column.wrap) cell.alignment = { vertical: 'top', wrapText: true }
      // Text, so that Excel and WPS never turn 2023-09 into a date
      if (column.key === 'asOf') cell.numFmt = '@'
      if (editable) cell.protection = { locked: false }
      else if (column.editable !== false)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOCKED_FILL } }
      if (editable && column.list)
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.list.join(',')}"`],
          showErrorMessage: true,
          errorTitle: column.header,
          error: f.listError(column.list),
        }
    })
  }
  // No password: the lock keeps hands off 目标编号 and 事项, it is not a secret
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  })
  writeInstructions(book.addWorksheet(f.instructionsSheet), meta, rows.length)
  return book.xlsx.writeBuffer()
}

/** The sheet whose first row names 目标编号: the 填报表's own, whatever other sheets the file has */
function dataSheet(sheets: readonly Worksheet[]): Worksheet | undefined {
  const names = (s: Worksheet) => {
    const row = s.getRow(1)
    return Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value).trim())
  }
  return sheets.find((s) => names(s).includes('目标编号')) ?? sheets[0]
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0]

/** An .xlsx file's bytes → rows to import (row numbers as Excel shows them), or every problem found */
export async function readXlsx(name: string, bytes: Uint8Array, targets: ItemsById): Promise<ReadResult> {
  // An encrypted workbook (打开密码) or an old .xls is an OLE file, not a zip
  if (OLE.every((b, i) => bytes[i] === b)) return refuse(p.xlsxEncrypted(name))
  const book = await loadWorkbook(bytes)
  if (!book) return refuse(p.notXlsx(name))
  const sheet = dataSheet(book.worksheets)
  if (!sheet) return refuse(p.xlsxEmpty)
  const records = sheetRecords(sheet)
  return readTable(records, targets, PREFILLED)
}
