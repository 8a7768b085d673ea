import { zhReview } from '@/i18n/zh-review'
import type { Review } from '@/stores/ledger/ledger-port'

const t = zhReview
const tone = {
  pending: 'border-amber-300 bg-amber-50 text-amber-900',
  approved: 'border-green-300 bg-green-50 text-green-900',
  returned: 'border-red-300 bg-red-50 text-red-900',
}
const mark = { pending: '◔', approved: '✓', returned: '↩' }

// 待审核 / 已通过 / 已退回 in words and a mark (never colour alone), with the reason a returned entry was given.
export function ReviewStatus({ review }: { review?: Review }) {
  if (!review) return null
  return (
    <>
      <span className={`rounded border px-1.5 py-0.5 text-xs font-medium ${tone[review.status]}`}>
        <span aria-hidden>{mark[review.status]} </span>
        {t.status[review.status]}
      </span>
      {review.status === 'returned' && review.reason && (
        <span className="basis-full text-sm text-red-900">{t.reasonShown(review.reason)}</span>
      )}
    </>
  )
}
