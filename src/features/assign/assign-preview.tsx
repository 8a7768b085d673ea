import { zhAssign } from '@/i18n/zh-assign'
import { zhExchange } from '@/i18n/zh-exchange'
import type { AssignPlan } from '@/monitoring/assign-table'
import { FREQUENCY_LABELS, type Assignment } from '@/monitoring/responsibility'
import { deadlineText } from '@/monitoring/warning'
import { PreviewDialog, PreviewTable } from '@/components/ui/preview-table'
import { buttonClass } from '@/components/ui/button'

const a = zhAssign
const x = zhExchange

/** One assignment in words: 牵头 · 配合 · 领导 · 责任人 · 时限 · 频次 */
export function describeAssignment(v: Assignment): string {
  return [
    v.leadUnit && `${a.leadUnit} ${v.leadUnit}`,
    v.partnerUnits.length > 0 && `${a.partnerUnits} ${v.partnerUnits.join('、')}`,
    v.leader && `${a.leader} ${v.leader}`,
    v.owner && `${a.owner} ${v.owner}`,
    v.deadline && `${a.deadline} ${deadlineText(v.deadline)}`,
    FREQUENCY_LABELS[v.frequency],
  ]
    .filter(Boolean)
    .join(' · ')
}

type Props = {
  state?: { name: string; plan: AssignPlan; skipped: number; stale?: string }
  nameOf: (id: string) => string
  onConfirm: () => void
  onCancel: () => void
  /** After a refusal (the 分解 changed since the preview): plan the same file again */
  onRepreview: () => void
}

// What 确认导入 would do to the 任务分解 before it does anything.
export function AssignPreview({ state, nameOf, onConfirm, onCancel, onRepreview }: Props) {
  const plan = state?.plan
  const nothing = plan && plan.added.length + plan.changed.length === 0
  const rows = plan
    ? [...plan.added.map((after) => ({ after, before: undefined })), ...plan.changed].map(
        ({ before, after }) => ({
          key: after.itemId,
          name: nameOf(after.itemId),
          before: before ? describeAssignment(before) : a.unassigned,
          after: describeAssignment(after),
        }),
      )
    : []
  return (
    <PreviewDialog
      state={state}
      summary={({ plan: p }) => a.previewSummary(p.added.length, p.changed.length, p.unchanged)}
      canConfirm={!nothing && !state?.stale}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {({ plan: p, stale }) => (
        <>
          {stale && (
            <div
              role="alert"
              className="flex flex-col items-start gap-2 rounded border border-red-300 bg-red-50 p-3"
            >
              <p className="text-red-900">{stale}</p>
              <button type="button" onClick={onRepreview} className={buttonClass('primary', 'md')}>
                {a.repreview}
              </button>
            </div>
          )}
          {p.newUnits.length > 0 && <p>{a.previewNewUnits(p.newUnits.map((u) => u.name).join('、'))}</p>}
          {p.newLeaders.length > 0 && (
            <p>{a.previewNewLeaders(p.newLeaders.map((l) => l.name).join('、'))}</p>
          )}
          <p className="text-slate-600">{a.previewKeeps}</p>
          {nothing && <p>{x.nothingNew}</p>}
          <PreviewTable replaces rows={rows} />
        </>
      )}
    </PreviewDialog>
  )
}
