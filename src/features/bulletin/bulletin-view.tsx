import { useState, type ReactNode } from 'react'
import { defaultTitle } from '@/monitoring/bulletin'
import { zhBulletin } from '@/i18n/zh-bulletin'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import { BulletinActions } from './bulletin-actions'
import { BulletinDocument } from './bulletin-document'
import { BulletinHeaderForm } from './bulletin-header-form'
import { BulletinIssue } from './bulletin-issue'
import { IssuedList } from './issued-list'
import { NoticeView } from './notice-view'
import { WarningBoard } from './warning-board'
import { BulletinControls } from './bulletin-controls'
import { useBulletin } from './use-bulletin'

// 通报: the draft of this 期 at 本期 (header, body, 附表), its outputs and 印发, and every issued one, read-only.
/** filters: the search, sector and responsibility filters, from the app */
export function BulletinView({ filters }: { filters?: ReactNode }) {
  const { body, header, scope, month, issued, period, quotes } = useBulletin()
  const [openId, setOpenId] = useState<string>()
  const admin = mayAdminister(useAccount())
  const [noticeFor, setNoticeFor] = useState<string>()
  const noticeRow = body.rows.find((r) => r.id === noticeFor)
  const open = issued.find((b) => b.id === openId)
  if (noticeRow)
    return (
      <NoticeView
        row={noticeRow}
        sentence={quotes.get(noticeRow.id) ?? noticeRow.name}
        header={header}
        period={period}
        onClose={() => {
          setNoticeFor(undefined)
        }}
      />
    )
  if (open)
    return (
      <div className="flex flex-col gap-4">
        <div
          role="group"
          aria-label="已印发通报"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 print:hidden"
        >
          <p className="text-sm text-amber-900">{`第${open.header.issue}期已印发（只读）：内容为印发时的数据，不随此后的记录变化。`}</p>
          <button
            type="button"
            onClick={() => {
              setOpenId(undefined)
            }}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700"
          >
            返回当前通报
          </button>
          <BulletinActions header={open.header} body={open.body} scope={open.scope} />
        </div>
        <BulletinDocument header={open.header} body={open.body} scope={open.scope} frozen />
      </div>
    )
  return (
    <div className="flex flex-col gap-4">
      <BulletinControls />
      {filters}
      {admin ? (
        <BulletinHeaderForm
          header={header}
          defaults={{ title: defaultTitle(month), issue: issued.length + 1 }}
        />
      ) : (
        <p className="text-sm font-medium text-slate-800 print:hidden">{zhBulletin.readOnly}</p>
      )}
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <BulletinActions header={header} body={body} scope={scope} />
        {admin && <BulletinIssue header={header} body={body} scope={scope} />}
      </div>
      <BulletinDocument header={header} body={body} scope={scope} />
      <WarningBoard rows={body.rows} issued={issued} onNotice={admin ? setNoticeFor : undefined} />
      <IssuedList issued={issued} draft={body} onOpen={setOpenId} />
    </div>
  )
}
