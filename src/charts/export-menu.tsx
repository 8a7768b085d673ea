import { useId, useState, type RefObject } from 'react'
import { useLoadedDataset } from '@/data/dataset/use-dataset'
import { zh } from '@/i18n/zh'
import { zhExportMenu } from '@/i18n/zh-export-menu'
import type { ChartExportSpec, ChartFormat } from './chart-types'
import { chartTerms } from './export/glossary-terms'
import { ExportStatusLine } from './export-status'
import { loadExport, useExportStatus } from './use-export-status'
import { useMenu } from './use-menu'
import { buttonClass } from '@/components/ui/button'

const t = zhExportMenu

// The glossary comes from the loaded dataset when there is one; a chart rendered alone simply offers none.
function useGlossary() {
  return useLoadedDataset()?.glossary ?? []
}

const canCopyImage = () =>
  window.isSecureContext &&
  typeof ClipboardItem !== 'undefined' &&
  'clipboard' in navigator &&
  typeof navigator.clipboard.write === 'function'

const itemClass =
  'block w-full px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-red-50 focus:text-red-900 focus:outline-2 focus:-outline-offset-2 focus:outline-red-700 focus-visible:outline-2 aria-disabled:cursor-not-allowed aria-disabled:text-slate-400'

// 导出: PNG (2×/4×), SVG, CSV and copy-to-clipboard for one chart, optionally with its glossary notes.
/** describedBy: the chart's title, so each of a page's many 导出 buttons tells which chart it exports */
export function ExportMenu({
  spec,
  frame,
  describedBy,
}: {
  spec: ChartExportSpec
  frame: RefObject<HTMLElement | null>
  describedBy?: string
}) {
  const { open, close, buttonProps, menuProps } = useMenu()
  const { status, track } = useExportStatus()
  const [withGlossary, setWithGlossary] = useState(false)
  const glossary = useGlossary()
  const termCount = chartTerms(spec, glossary).length
  const copyHelpId = useId()
  const options = { glossary: withGlossary ? glossary : undefined }
  const chart = () => ({ frame: frame.current!, spec })

  const download = (format: ChartFormat) => {
    close()
    track(
      loadExport().then(async (m) => zh.exportMenu.saved(await m.downloadChart(chart(), format, options))),
    )
  }
  // ClipboardItem gets a promise synchronously, inside the click: Safari drops the permission after any await.
  const copy = () => {
    if (!canCopyImage()) return
    close()
    const png = loadExport().then((m) => m.chartPng(chart(), options))
    track(navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]).then(() => t.copied))
  }

  return (
    <div className="ml-auto flex max-w-64 shrink-0 flex-col items-end gap-1 text-right" data-print-hide>
      <div className="relative">
        <button
          type="button"
          {...buttonProps}
          aria-describedby={describedBy}
          className={buttonClass('secondary', 'sm')}
        >
          {t.button}
          <span aria-hidden> ▾</span>
        </button>
        {open && (
          <div
            {...menuProps}
            aria-label={`${t.menuLabel}：${spec.title}`}
            className="absolute top-full right-0 z-20 mt-1 w-60 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
          >
            <button
              type="button"
              role="menuitemcheckbox"
              aria-checked={withGlossary}
              aria-disabled={termCount === 0}
              tabIndex={-1}
              className={itemClass}
              onClick={() => {
                if (termCount > 0) setWithGlossary((v) => !v)
              }}
            >
              <span aria-hidden>{withGlossary ? '☑ ' : '☐ '}</span>
              {t.withGlossary}
              <span className="text-xs text-slate-500">{t.glossaryCount(termCount)}</span>
            </button>
            <div role="separator" className="my-1 border-t border-slate-200" />
            {(['png', 'png4x', 'svg', 'csv'] as const).map((format) => (
              <button
                key={format}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={itemClass}
                onClick={() => {
                  download(format)
                }}
              >
                {t[format]}
              </button>
            ))}
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={!canCopyImage()}
              aria-describedby={canCopyImage() ? undefined : copyHelpId}
              className={itemClass}
              onClick={copy}
            >
              {t.copy}
            </button>
            {!canCopyImage() && (
              <p id={copyHelpId} className="px-3 pb-1 text-xs text-slate-500">
                {t.copyUnavailable}
              </p>
            )}
          </div>
        )}
      </div>
      <ExportStatusLine status={status} />
    </div>
  )
}
