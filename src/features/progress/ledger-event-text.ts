import { progressEntrySchema, type Indicator } from '@/data/dataset/schema'
import { zhAssign } from '@/i18n/zh-assign'
import { zhItemLedger } from '@/i18n/zh-item-ledger'
import { zhReview } from '@/i18n/zh-review'
import { describeEntry } from '@/monitoring/format-entry'
import { assignmentSchema, FREQUENCY_LABELS } from '@/monitoring/responsibility'
import { deadlineText } from '@/monitoring/warning'
import type { LedgerEvent } from '@/stores/use-server-records'

const t = zhItemLedger
const a = zhAssign
type Target = Pick<Indicator, 'measure' | 'unit'>
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined

/** A review (待审核 / 已通过 / 已退回（理由）), from the review itself or from the entry that carries it */
function describeReview(value: unknown): string {
  const v = record(value)
  const review = record(v?.review) ?? v
  if (typeof review?.status !== 'string') return t.none
  const label = (zhReview.status as Record<string, string>)[review.status] ?? review.status
  return typeof review.reason === 'string' && review.reason ? `${label}（${review.reason}）` : label
}

/** 任务分解 in the words of its form: 牵头单位 县统计局；配合单位 …；报送频次 月报 */
function describeAssignment(value: unknown): string {
  const parsed = assignmentSchema.safeParse(value)
  if (!parsed.success) return describeValue(value)
  const x = parsed.data
  const parts = [
    x.leadUnit && `${a.leadUnit} ${x.leadUnit}`,
    x.partnerUnits.length > 0 && `${a.partnerUnits} ${x.partnerUnits.join('、')}`,
    x.leader && `${a.leader} ${x.leader}`,
    x.owner && `${a.owner} ${x.owner}`,
    x.deadline && `${a.deadline} ${deadlineText(x.deadline)}`,
    `${a.frequency} ${FREQUENCY_LABELS[x.frequency]}`,
  ]
  return parts.filter(Boolean).join('；')
}

function describeValue(value: unknown, target?: Target): string {
  if (value === null || value === undefined) return t.none
  const entry = progressEntrySchema.safeParse(value)
  if (entry.success) return describeEntry(entry.data, target)
  const v = record(value)
  if (typeof v?.text === 'string') return v.text
  if (typeof v?.name === 'string') return v.name
  return t.none
}

/** One 台账记录 line's before → after, in words: never raw JSON in front of an official */
export function describeChange(event: Pick<LedgerEvent, 'kind' | 'before' | 'after'>, target?: Target) {
  const side =
    event.kind === 'entry.reviewed'
      ? describeReview
      : event.kind === 'assignment.updated' || event.kind === 'unit.renamed'
        ? describeAssignment
        : (v: unknown) => describeValue(v, target)
  return { before: side(event.before), after: side(event.after) }
}
