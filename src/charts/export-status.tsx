import type { ExportStatus } from './use-export-status'

// A polite live region that is always mounted, so screen readers hear each new result.
export function ExportStatusLine({ status }: { status: ExportStatus | null }) {
  return (
    <p role="status" className={`text-xs break-all ${status?.failed ? 'text-red-700' : 'text-slate-600'}`}>
      {status?.text}
    </p>
  )
}
