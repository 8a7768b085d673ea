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
