import type { ImportPlan } from '@/data/exchange/plan'
import { restoresNothing, type RestorePlan } from '@/data/exchange/restore'
import type { ProgressEntry } from '@/data/dataset/schema'
import type { Item } from '@/monitoring/item'
import { NARRATIVE_KEYS } from '@/monitoring/entry-input'
import { describeEntry } from '@/monitoring/format-entry'
import { zhExchange } from '@/i18n/zh-exchange'
import { zhNarrative } from '@/i18n/zh-narrative'
import { PreviewDialog, PreviewTable } from '@/components/ui/preview-table'
import { RestorePreview } from './restore-preview'

const x = zhExchange
// Laying out every row of a 20,000-row file froze the dialog for seconds: list the first rows, count the rest.
export const PREVIEW_ROWS = 100

type Props = {
  state?: { name: string; plan: ImportPlan; skipped: number; restore?: RestorePlan; failure?: string }
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
      ...NARRATIVE_KEYS.map((key) => e[key] && `${zhNarrative[key]}：${e[key]}`),
      e.note && x.note(e.note),
      e.source && x.source(e.source),
    ]
      .filter(Boolean)
      .join('；')
  const plan = state?.plan
  const restore = state?.restore
  const noEntries = plan && plan.added.length + plan.changed.length === 0
  const nothing = noEntries && (!restore || restoresNothing(restore))
  return (
    <PreviewDialog
      state={state}
      summary={({ plan: p }) => x.previewSummary(p.added.length, p.changed.length, p.unchanged)}
      canConfirm={!nothing}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {({ plan, failure }) => (
        <>
          {nothing && <p className="text-slate-700">{x.nothingNew}</p>}
          {restore && <RestorePreview plan={restore} />}
          <PreviewTable
            caption={`${x.added}（${plan.added.length}）`}
            replaces={false}
            rows={plan.added
              .slice(0, PREVIEW_ROWS)
              .map((e) => ({ key: e.id, name: name(e), after: text(e) }))}
          />
          <MoreRows total={plan.added.length} />
          <PreviewTable
            caption={`${x.changed}（${plan.changed.length}）`}
            replaces
            rows={plan.changed.slice(0, PREVIEW_ROWS).map(({ before, after }) => ({
              key: after.id,
              name: name(after),
              before: text(before),
              after: text(after),
            }))}
          />
          <MoreRows total={plan.changed.length} />
          {failure && (
            <p role="alert" className="font-medium text-red-800">
              <span aria-hidden>⚠ </span>
              {failure}
            </p>
          )}
        </>
      )}
    </PreviewDialog>
  )
}

function MoreRows({ total }: { total: number }) {
  if (total <= PREVIEW_ROWS) return null
  return <p className="-mt-2 text-slate-600">{x.moreRows(PREVIEW_ROWS, total)}</p>
}
