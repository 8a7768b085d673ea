import { useState } from 'react'
import { zhLedger } from '@/i18n/zh-ledger'
import type { BulletinBody, BulletinHeader } from '@/monitoring/bulletin-snapshot'
import { issueHolder, issueYear, nextIssue } from '@/monitoring/issue-number'
import { bulletinDraftCleared } from '@/stores/use-bulletin-settings'
import { bulletinIssued, useIssuedBulletins } from '@/stores/use-bulletins'

const primary =
  'rounded-md bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700'
const secondary =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700'

// 印发: asks once, then freezes the 通报 as it reads now; the draft's 期数 moves on to the next issue.
export function BulletinIssue({
  header,
  body,
  scope,
}: {
  header: BulletinHeader
  body: BulletinBody
  scope: string
}) {
  const [asking, setAsking] = useState(false)
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState('')
  const [saving, setSaving] = useState(false)
  const issued = useIssuedBulletins()
  // The rule the ledger enforces (期数 once a year), said before asking; the ledger still refuses a race.
  const taken = issueHolder(issued, { id: '', header })
  const year = issueYear(header)
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      {!asking ? (
        <button
          type="button"
          className={primary}
          onClick={() => {
            setAsking(true)
            setMessage('')
          }}
        >
          印发
        </button>
      ) : (
        <>
          <span className="text-sm text-slate-800">{`印发后第${header.issue}期即定稿，不能再修改。`}</span>
          {taken && (
            <span className="text-sm font-medium text-red-800">
              {zhLedger.issueTakenHint(year, header.issue, nextIssue(issued, year))}
            </span>
          )}
          <button
            type="button"
            className={primary}
            disabled={saving}
            onClick={() => {
              setSaving(true)
              void bulletinIssued(header, body, scope).then((kept) => {
                setSaving(false)
                // Said only once the ledger kept it; a refusal keeps the question open, and the draft, with the reason.
                if (!kept.ok) {
                  setProblem(zhLedger.notIssued(kept.failure.message))
                  return
                }
                bulletinDraftCleared()
                setAsking(false)
                setProblem('')
                setMessage(`已印发第${kept.value.header.issue}期，可在“往期通报”中查看。`)
              })
            }}
          >
            {saving ? '正在印发…' : '确定印发'}
          </button>
          <button
            type="button"
            className={secondary}
            onClick={() => {
              setAsking(false)
            }}
          >
            取消
          </button>
        </>
      )}
      <p role="status" className="text-sm text-green-800">
        {message}
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
    </div>
  )
}
