import { zh } from '@/i18n/zh'
import { chartsWithin } from './chart-registry'
import { ExportStatusLine } from './export-status'
import { loadExport, useExportStatus } from './use-export-status'

const t = zh.exportMenu
const buttonClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700'

export type ExportPanelButtonProps = {
  /** The id of the element that holds the panel's charts */
  panelId: string
  /** The panel title drawn at the top of the image, e.g. 产业发展 */
  title: string
  /** Active filters, drawn under the title */
  subtitle?: string
  /** Sector short name for the file name */
  sector?: string
}

// 导出本领域图片: the panel's charts stacked into one PNG under the panel title.
export function ExportPanelButton({ panelId, title, subtitle, sector }: ExportPanelButtonProps) {
  const { status, track } = useExportStatus()
  const run = () => {
    const panel = document.getElementById(panelId)
    const charts = panel ? chartsWithin(panel) : []
    if (charts.length === 0) throw new Error(t.noCharts)
    return loadExport().then(async (m) => t.saved(await m.downloadPanel({ title, subtitle, sector }, charts)))
  }
  return (
    <div className="flex flex-col items-end gap-1" data-print-hide>
      <button
        type="button"
        title={t.panelHint}
        className={buttonClass}
        onClick={() => {
          track(Promise.resolve().then(run))
        }}
      >
        {t.panel}
      </button>
      <ExportStatusLine status={status} />
    </div>
  )
}

// 导出全部: every chart under `rootId` (default: the page's main) as PNG + SVG + CSV in one zip.
export function ExportAllButton({ rootId }: { rootId?: string }) {
  const { status, track, setStatus } = useExportStatus()
  const run = async () => {
    const root = rootId ? document.getElementById(rootId) : document.querySelector('main')
    const charts = root ? chartsWithin(root) : []
    if (charts.length === 0) throw new Error(t.noCharts)
    const { downloadAll } = await import('./export/export-all')
    const name = await downloadAll(charts, (done) => {
      setStatus({ text: t.progress(done, charts.length), failed: false })
    })
    return t.saved(name)
  }
  return (
    <div className="flex flex-col items-end gap-1" data-print-hide>
      <button
        type="button"
        title={t.allHint}
        className={buttonClass}
        onClick={() => {
          track(run())
        }}
      >
        {t.all}
      </button>
      <ExportStatusLine status={status} />
    </div>
  )
}
