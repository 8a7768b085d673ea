import { zh } from '@/i18n/zh'
import { buttonClass } from './button'
import { rowCellClass as cell } from './table'

// What an import would do, shown the same way for progress entries and for the 任务分解: a table of what comes in
// (with what it replaces, dimmed), and 取消 / 确认导入 pinned under it.

const x = zh.exchange

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
export function PreviewActions(props: { canConfirm: boolean; onConfirm: () => void; onCancel: () => void }) {
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
