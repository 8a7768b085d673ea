import { useId, useState } from 'react'
import { zhReview } from '@/i18n/zh-review'
import { entryReviewed } from '@/stores/use-server-records'

const t = zhReview
const buttonClass =
  'rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700'

// The 督查室's decision on one entry: 通过, or 退回 with a reason the reporter will read.
export function ReviewControls({ entryId, label }: { entryId: string; label: string }) {
  const id = useId()
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState('')

  async function decide(decision: 'approve' | 'return') {
    if (decision === 'return' && !reason.trim()) {
      setProblem(t.reasonRequired)
      return
    }
    const done = await entryReviewed(entryId, decision, decision === 'return' ? reason : undefined)
    if (!done.ok) setProblem(t.failed(done.failure.message))
    else {
      setProblem('')
      setReturning(false)
      setReason('')
    }
  }

  return (
    <span className="flex basis-full flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonClass}
        aria-label={`${t.approve} ${label}`}
        onClick={() => void decide('approve')}
      >
        {t.approve}
      </button>
      {returning ? (
        <>
          <label htmlFor={`${id}-reason`} className="text-xs text-slate-700">
            {t.reason}
          </label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={500}
            aria-invalid={Boolean(problem)}
            className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-0.5 text-sm"
            onChange={(e) => {
              setReason(e.target.value)
            }}
          />
          <button type="button" className={buttonClass} onClick={() => void decide('return')}>
            {t.confirmReturn}
          </button>
        </>
      ) : (
        <button
          type="button"
          className={buttonClass}
          aria-label={`${t.return} ${label}`}
          onClick={() => {
            setReturning(true)
          }}
        >
          {t.return}
        </button>
      )}
      {problem && (
        <span role="alert" className="basis-full text-sm text-red-800">
          {problem}
        </span>
      )}
    </span>
  )
}
