import { strToU8, zipSync, type Zippable } from 'fflate'
import { saveBlob } from '@/lib/download'
import { fileName, localDate } from '@/lib/file-name'
import { zh } from '@/i18n/zh'
import { zhExportMenu } from '@/i18n/zh-export-menu'
import type { ChartOnPage } from '../chart-types'
import { chartCsv } from './chart-csv'
import { chartFigure, chartFileName } from './export-actions'
import { svgToPng } from './to-png'
import { unixEntry } from './zip-entry'

// 导出全部: every chart on the page as PNG + SVG + CSV in one zip, with a README that lists them.

/** A name not yet in `taken`: 名称.png, 名称-2.png, … (two charts may share a title). */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.')
  let candidate = name
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`
  taken.add(candidate)
  return candidate
}

export function readme(entries: { title: string; subtitle?: string; files: string[] }[], today: string) {
  const lines = [
    `${zh.appShortTitle} · 图表导出`,
    `导出日期：${today}`,
    zh.credit,
    '',
    `共 ${entries.length} 张图表。每张图表有三个文件：PNG 图片（2倍分辨率，可直接插入文档和幻灯片）、`,
    'SVG 矢量图（可无损缩放）、CSV 数据（UTF-8 编码，Excel 和 WPS 可直接打开；即图表所显示的数据）。',
    '',
    ...entries.flatMap((e, i) => [
      `${i + 1}. ${e.title}`,
      ...(e.subtitle ? [`   ${e.subtitle}`] : []),
      ...e.files.map((f) => `   ${f}`),
      '',
    ]),
  ]
  // BOM and CRLF: Windows Notepad then shows the Chinese correctly.
  return `\uFEFF${lines.join('\r\n')}`
}

export async function downloadAll(charts: ChartOnPage[], onProgress: (done: number) => void) {
  const today = new Date()
  const taken = new Set<string>(['README.txt'])
  const files: Zippable = {}
  const entries = []
  for (const [i, chart] of charts.entries()) {
    const fig = chartFigure(chart)
    const png = uniqueName(chartFileName(chart.spec, 'png', today, 2), taken)
    const svg = uniqueName(chartFileName(chart.spec, 'svg', today), taken)
    const csv = uniqueName(chartFileName(chart.spec, 'csv', today), taken)
    // PNG is already compressed: store it as is.
    files[png] = [new Uint8Array(await (await svgToPng(fig, 2)).arrayBuffer()), { ...unixEntry, level: 0 }]
    files[svg] = [strToU8(fig.svg), unixEntry]
    files[csv] = [strToU8(chartCsv(chart.spec)), unixEntry]
    entries.push({ title: chart.spec.title, subtitle: chart.spec.subtitle, files: [png, svg, csv] })
    onProgress(i + 1)
  }
  files['README.txt'] = [strToU8(readme(entries, localDate(today))), unixEntry]
  const name = fileName([zhExportMenu.allZipName, localDate(today)], 'zip')
  saveBlob(new Blob([zipSync(files)], { type: 'application/zip' }), name)
  return name
}
