// Chinese number formatting in one place; figures quoted from the report keep their written form.

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })
const signedFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, signDisplay: 'exceptZero' })

/** 13506 → "13,506"; 359.07 → "359.07" */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** 2.5 → "+2.5"; -7.5 → "-7.5"; 0 → "0" */
export function formatSigned(value: number): string {
  return signedFormat.format(value)
}

// Where the report puts each qualifier: 突破168亿元, 1500余名 / 2万余平方米, 7.5%左右.
const prefixes = new Set([
  '突破',
  '超',
  '超过',
  '达',
  '不低于',
  '不少于',
  '控制在',
  '不超过',
  '低于',
  '前',
  '近',
])
const magnitude = /^[万亿]/

/** A figure as the dataset stores it (an Indicator fits); lib stays free of the dataset's types */
type Figure = { written: string; unit: string; qualifier?: string | undefined; measure: string }

/** The figure as the report writes it: "7.5%左右", "突破168亿元", "15家以上", "1500余名", "第一", "前十" */
export function formatFigure({ written, unit, qualifier, measure }: Figure): string {
  if (measure === 'rank') {
    if (qualifier) return `${qualifier}${written}`
    return written.startsWith('第') ? written : `第${written}`
  }
  if (!qualifier) return `${written}${unit}`
  if (prefixes.has(qualifier)) return `${qualifier}${written}${unit}`
  if (qualifier === '余') {
    const head = magnitude.test(unit) ? unit.slice(0, 1) : ''
    return `${written}${head}余${unit.slice(head.length)}`
  }
  return `${written}${unit}${qualifier}`
}

/** A difference in percentage points in words: +2.5 → "高2.5个百分点", -7.5 → "低7.5个百分点", 0 → "持平" */
export function formatPointsDifference(points: number): string {
  if (points === 0) return '持平'
  return `${points > 0 ? '高' : '低'}${formatNumber(Math.abs(points))}个百分点`
}

/** A moment as a Chinese reader writes it, in local time: 2023年7月2日 09:05 */
export function formatDateTime(iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${formatDay(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** A day as a Chinese reader writes it, in local time: 2023年7月2日 */
export function formatDay(at: Date): string {
  return `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日`
}
