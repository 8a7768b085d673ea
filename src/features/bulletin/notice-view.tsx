import { useState } from 'react'
import { saveBlob } from '@/lib/download'
import type { BulletinHeader, BulletinRow } from '@/monitoring/bulletin-snapshot'
import { addDays, defaultRequirements, noticeNumber } from '@/monitoring/supervision'
import { noticeIssued, useNotices } from '@/stores/use-supervisions'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import { NoticeDocument, type NoticeDraft } from './notice-document'

const button =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700'
const input =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700'

// 生成督办单: the notice drafted from the item's line, editable 办理要求 and 反馈时限, then printed, exported or 签发.
export function NoticeView(props: {
  row: BulletinRow
  sentence: string
  header: BulletinHeader
  period: string
  onClose: () => void
}) {
  const { row, sentence, header, period, onClose } = props
  const seq = useNotices().length + 1
  const unit = row.leadUnit ?? '（未明确牵头单位）'
  const [dueOn, setDueOn] = useState(() => addDays(header.issuedOn, 10))
  const [requirements, setRequirements] = useState(() => defaultRequirements(unit, dueOn, header.issuer))
  const [message, setMessage] = useState('')
  const admin = mayAdminister(useAccount())
  const draft: NoticeDraft = {
    seq,
    itemId: row.id,
    itemNo: row.no,
    itemName: row.name,
    sentence,
    line: row.line,
    light: row.light,
    reasons: row.lightReasons,
    unit,
    leader: row.leader ?? '（未明确）',
    problems: row.problems ?? '',
    requirements,
    dueOn,
    issuer: header.issuer,
    issuedOn: header.issuedOn,
    period,
  }
  return (
    <div className="flex flex-col gap-4">
      <div
        role="group"
        aria-label="督办单"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden"
      >
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
            反馈时限
            <input
              type="date"
              className={input}
              value={dueOn}
              onChange={(e) => {
                setDueOn(e.target.value)
              }}
            />
          </label>
          <button
            type="button"
            className={button}
            onClick={() => {
              window.print()
            }}
          >
            打印督办单
          </button>
          <button
            type="button"
            className={button}
            onClick={() =>
              void import('./notice-docx')
                .then(async ({ noticeDocx }) => {
                  saveBlob(await noticeDocx(draft), `督办单${noticeNumber(seq)}.docx`)
                })
                .catch(() => {
                  setMessage('生成 Word 文件失败，请重试。')
                })
            }
          >
            导出督办单（Word）
          </button>
          {admin && (
            <button
              type="button"
              className="rounded-md bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
              onClick={() => {
                void noticeIssued(draft).then((result) => {
                  if ('problem' in result) setMessage(result.problem)
                  else onClose()
                })
              }}
            >
              签发督办单
            </button>
          )}
          <button type="button" className={button} onClick={onClose}>
            返回通报
          </button>
        </div>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          办理要求
          <textarea
            rows={3}
            maxLength={2000}
            className={input}
            value={requirements}
            onChange={(e) => {
              setRequirements(e.target.value)
            }}
          />
        </label>
        <p role="status" className="text-sm text-red-700">
          {message}
        </p>
      </div>
      <NoticeDocument notice={draft} />
    </div>
  )
}
