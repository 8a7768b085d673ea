import type { BulletinRow } from '@/monitoring/bulletin-snapshot'
import { rowStatusLabel } from '@/monitoring/bulletin'
import { LIGHT_LABELS } from '@/monitoring/warning'

// 导出附表（Excel） (lazy chunk): every item with its figures, status, light, unit, leader and narratives.

type ExcelJs = typeof import('exceljs')

async function loadExcel(): Promise<ExcelJs> {
  const mod: ExcelJs | { default: ExcelJs } = await import('exceljs')
  // The browser build is a UMD bundle whose API arrives as the default export.
  return 'Workbook' in mod ? mod : mod.default
}

export const XLSX_COLUMNS: readonly {
  title: string
  width: number
  of: (r: BulletinRow) => string | number
}[] = [
  { title: '序号', width: 6, of: (r) => r.no },
  { title: '领域', width: 10, of: (r) => r.sector },
  { title: '目标任务', width: 30, of: (r) => r.name },
  { title: '2023年目标', width: 16, of: (r) => r.target },
  { title: '最新进度', width: 28, of: (r) => r.latest },
  { title: '状态', width: 8, of: (r) => rowStatusLabel(r) },
  { title: '预警', width: 8, of: (r) => LIGHT_LABELS[r.light] },
  { title: '预警原因', width: 24, of: (r) => r.lightReasons.join('；') },
  { title: '通报表述', width: 50, of: (r) => r.line },
  { title: '牵头单位', width: 16, of: (r) => r.leadUnit ?? '' },
  { title: '责任领导', width: 10, of: (r) => r.leader ?? '' },
  { title: '进展情况', width: 40, of: (r) => r.situation ?? '' },
  { title: '存在问题', width: 40, of: (r) => r.problems ?? '' },
  { title: '下一步措施', width: 40, of: (r) => r.nextSteps ?? '' },
]

export async function annexWorkbook(rows: readonly BulletinRow[], title: string): Promise<ArrayBuffer> {
  const { Workbook } = await loadExcel()
  const book = new Workbook()
  const sheet = book.addWorksheet('附表', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.mergeCells(1, 1, 1, XLSX_COLUMNS.length)
  const head = sheet.getCell(1, 1)
  head.value = title
  head.font = { bold: true, size: 14 }
  head.alignment = { horizontal: 'center' }
  sheet.getRow(2).values = XLSX_COLUMNS.map((c) => c.title)
  sheet.getRow(2).font = { bold: true }
  XLSX_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width
  })
  for (const r of rows) {
    const row = sheet.addRow(XLSX_COLUMNS.map((c) => c.of(r)))
    row.alignment = { vertical: 'top', wrapText: true }
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: XLSX_COLUMNS.length } }
  return await book.xlsx.writeBuffer()
}
