import type { ReactNode } from 'react'
import { zhExchange } from '@/i18n/zh-exchange'
import { buttonClass } from './button'
import { Dialog } from './dialog'
import { rowCellClass as cell } from './table'

// What an import would do, shown the same way for progress entries and for the 任务分解: a dialog named after the
// file with a one-line summary, a table of what comes in (with what it replaces, dimmed), and 取消 / 确认导入 under it.

const x = zhExchange

/** `before` is what the row replaces; a table of additions only has no before column */
export type PreviewRow = { key: string; name: string; before?: string; after: string }

export function PreviewTable(props: { caption?: string; replaces: boolean; rows: readonly PreviewRow[] }) {
  const { caption, replaces, rows } = props
  if (rows.length === 0) return null
  return (
    <table className="w-full border-collapse">
      {caption && <caption className="mb-1 text-left font-semibold">{caption}</caption>}
      <thead>
        <tr>
          <th className={cell}>{x.target}</th>
          {replaces ? (
            <>
              <th className={cell}>{x.before}</th>
              <th className={cell}>{x.after}</th>
            </>
          ) : (
            <th className={cell}>{x.content}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td className={cell}>{r.name}</td>
            {replaces && <td className={`${cell} text-slate-600`}>{r.before}</td>}
            <td className={cell}>{r.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 取消 always; 确认导入 only when there is something to import */
function PreviewActions(props: { canConfirm: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { canConfirm, onConfirm, onCancel } = props
  return (
    <div className="sticky bottom-0 flex justify-end gap-2 border-t border-slate-200 bg-white pt-3">
      <button type="button" onClick={onCancel} className={buttonClass('secondary', 'lg')}>
        {x.cancel}
      </button>
      {canConfirm && (
        <button type="button" onClick={onConfirm} className={buttonClass('primary', 'lg')}>
          {x.confirm}
        </button>
      )}
    </div>
  )
}

type Read = { name: string; skipped: number }

/** Open while a read file awaits 确认导入; `children` is the body between the summary and the buttons */
export function PreviewDialog<S extends Read>(props: {
  state: S | undefined
  summary: (state: S) => string
  canConfirm: boolean
  onConfirm: () => void
  onCancel: () => void
  children: (state: S) => ReactNode
}) {
  const { state, summary, canConfirm, onConfirm, onCancel, children } = props
  return (
    <Dialog open={Boolean(state)} onClose={onCancel} title={state ? x.previewTitle(state.name) : ''}>
      {state && (
        <div className="flex flex-col gap-4 p-4 text-sm">
          <p className="font-medium">{summary(state)}</p>
          {state.skipped > 0 && <p className="text-slate-600">{x.skipped(state.skipped)}</p>}
          {children(state)}
          <PreviewActions canConfirm={canConfirm} onConfirm={onConfirm} onCancel={onCancel} />
        </div>
      )}
    </Dialog>
  )
}
