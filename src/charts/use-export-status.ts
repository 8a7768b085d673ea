import { useState } from 'react'
import { zh } from '@/i18n/zh'

export type ExportStatus = { text: string; failed: boolean }

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

// One status line per export control: 正在生成… then the result, or a Chinese error that says what to do.
export function useExportStatus() {
  const [status, setStatus] = useState<ExportStatus | null>(null)
  const track = (work: Promise<string>) => {
    setStatus({ text: zh.exportMenu.working, failed: false })
    work.then(
      (text) => {
        setStatus({ text, failed: false })
      },
      (error: unknown) => {
        setStatus({ text: zh.exportMenu.failed(reason(error)), failed: true })
      },
    )
  }
  return { status, track, setStatus }
}

// The export code is its own chunk, fetched on first use.
export const loadExport = () => import('./export/export-actions')
