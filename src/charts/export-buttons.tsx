import { useId } from 'react'
import { zh } from '@/i18n/zh'
import { chartsWithin } from './chart-registry'
import type { ChartOnPage } from './chart-types'
import { ExportStatusLine } from './export-status'
import { loadExport, useExportStatus, type ExportStatus } from './use-export-status'
import { buttonClass } from '@/components/ui/button'

const t = zh.exportMenu

const chartsIn = (root: Element | null): ChartOnPage[] => (root ? chartsWithin(root) : [])

// One export button with its status line; `run` resolves to the message to show. Its description says what it
// exports (`about`, e.g. the sector: eight panels each have a 导出本领域图片) and how.
function ExportButton(props: {
  label: string
  hint: string
  about?: string
  run: (progress: (status: ExportStatus) => void) => Promise<string>
}) {
  const { status, track, setStatus } = useExportStatus()
  const descriptionId = useId()
  return (
    <div className="flex flex-col items-end gap-1" data-print-hide>
      <button
        type="button"
        title={props.hint}
        aria-describedby={descriptionId}
        className={buttonClass('secondary', 'sm')}
        onClick={() => {
          track(Promise.resolve().then(() => props.run(setStatus)))
        }}
      >
        {props.label}
      </button>
      <span id={descriptionId} hidden>
        {props.about ? `${props.about}：${props.hint}` : props.hint}
      </span>
      <ExportStatusLine status={status} />
    </div>
  )
}

export type ExportPanelButtonProps = {
  /** The id of the element that holds the panel's charts */
  panelId: string
  /** The panel title drawn at the top of the image, e.g. 产业发展 */
  title: string
  /** Drawn under the title, e.g. the report's heading for the sector */
  subtitle?: string
  /** Sector short name for the file name */
  sector?: string
}

// 导出本领域图片: the panel's charts on 16:9 slide pages under the panel title (slides.ts).
export function ExportPanelButton({ panelId, ...panel }: ExportPanelButtonProps) {
  return (
    <ExportButton
      label={t.panel}
      hint={t.panelHint}
      about={panel.title}
      run={async () => {
        const charts = chartsIn(document.getElementById(panelId))
        if (charts.length === 0) return t.noCharts
        return t.saved(await (await loadExport()).downloadPanel(panel, charts))
      }}
    />
  )
}

// 导出全部: every chart under `rootId` (default: the page's main) as PNG + SVG + CSV in one zip.
export function ExportAllButton({ rootId }: { rootId?: string }) {
  return (
    <ExportButton
      label={t.all}
      hint={t.allHint}
      run={async (progress) => {
        const charts = chartsIn(rootId ? document.getElementById(rootId) : document.querySelector('main'))
        if (charts.length === 0) return t.noCharts
        const { downloadAll } = await import('./export/export-all')
        const name = await downloadAll(charts, (done) => {
          progress({ text: t.progress(done, charts.length), failed: false })
        })
        return t.saved(name)
      }}
    />
  )
}
