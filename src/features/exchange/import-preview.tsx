import { Dialog } from '@/components/ui/dialog'
import type { ImportPlan } from '@/data/exchange/plan'
import type { ProgressEntry } from '@/data/dataset/schema'
import type { Item } from '@/monitoring/item'
import { NARRATIVE_KEYS } from '@/monitoring/entry-input'
import { describeEntry } from '@/monitoring/format-entry'
import { zh } from '@/i18n/zh'
import { buttonClass } from '@/components/ui/button'
import { rowCellClass } from '@/components/ui/table'

const x = zh.exchange
const cell = rowCellClass

type Props = {
  state?: { name: string; plan: ImportPlan; skipped: number }
  items: readonly Item[]
  onConfirm: () => void
  onCancel: () => void
}

// What 确认导入 would do, before it does anything: added and changed entries listed, unchanged counted.
export function ImportPreview({ state, items, onConfirm, onCancel }: Props) {
  const byId = new Map(items.map((t) => [t.id, t]))
  const name = (e: ProgressEntry) => byId.get(e.targetId)?.name ?? e.targetId
  const text = (e: ProgressEntry) =>
    [
      describeEntry(e, byId.get(e.targetId)?.indicator),
      ...NARRATIVE_KEYS.map((key) => e[key] && `${zh.narrative[key]}：${e[key]}`),
      e.note && x.note(e.note),
      e.source && x.source(e.source),
    ]
      .filter(Boolean)
      .join('；')
  const plan = state?.plan
  const nothing = plan && plan.added.length + plan.changed.length === 0
  return (
    <Dialog open={Boolean(state)} onClose={onCancel} title={state ? x.previewTitle(state.name) : ''}>
      {state && plan && (
        <div className="flex flex-col gap-4 p-4 text-sm">
          <p className="font-medium">
            {x.previewSummary(plan.added.length, plan.changed.length, plan.unchanged)}
          </p>
          {state.skipped > 0 && <p className="text-slate-600">{x.skipped(state.skipped)}</p>}
          {nothing && <p className="text-slate-700">{x.nothingNew}</p>}
          {plan.added.length > 0 && (
            <table className="w-full border-collapse">
              <caption className="mb-1 text-left font-semibold">{`${x.added}（${plan.added.length}）`}</caption>
              <thead>
                <tr>
                  <th className={cell}>{x.target}</th>
                  <th className={cell}>{x.content}</th>
                </tr>
              </thead>
              <tbody>
                {plan.added.map((e) => (
                  <tr key={e.id}>
                    <td className={cell}>{name(e)}</td>
                    <td className={cell}>{text(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {plan.changed.length > 0 && (
            <table className="w-full border-collapse">
              <caption className="mb-1 text-left font-semibold">{`${x.changed}（${plan.changed.length}）`}</caption>
              <thead>
                <tr>
                  <th className={cell}>{x.target}</th>
                  <th className={cell}>{x.before}</th>
                  <th className={cell}>{x.after}</th>
                </tr>
              </thead>
              <tbody>
                {plan.changed.map(({ before, after }) => (
                  <tr key={after.id}>
                    <td className={cell}>{name(after)}</td>
                    <td className={`${cell} text-slate-600`}>{text(before)}</td>
                    <td className={cell}>{text(after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="sticky bottom-0 flex justify-end gap-2 border-t border-slate-200 bg-white pt-3">
            <button type="button" onClick={onCancel} className={buttonClass('secondary', 'lg')}>
              {x.cancel}
            </button>
            {!nothing && (
              <button type="button" onClick={onConfirm} className={buttonClass('primary', 'lg')}>
                {x.confirm}
              </button>
            )}
          </div>
        </div>
      )}
    </Dialog>
  )
}
