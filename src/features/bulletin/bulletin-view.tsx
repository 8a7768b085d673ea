import type { ReactNode } from 'react'
import { zh } from '@/i18n/zh'
import { BulletinScope } from './bulletin-scope'
import { BulletinControls } from './bulletin-controls'
import { BulletinCounts } from './bulletin-counts'
import { BulletinList } from './bulletin-list'
import { BulletinUnits } from './bulletin-units'
import { useBulletin } from './use-bulletin'

const r = zh.bulletin
const today = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' })

// 通报: the progress of every 2023 target and task as of a month, written as a supervision office publishes it.
/** filters: the search, sector and responsibility filters, from the app */
export function BulletinView({ filters }: { filters?: ReactNode }) {
  const { bulletin, month, tolerancePp, dueDay } = useBulletin()
  return (
    <div className="flex flex-col gap-4">
      <BulletinControls />
      {filters}
      <article
        aria-labelledby="bulletin-title"
        data-bulletin
        className="mx-auto flex w-full max-w-4xl flex-col gap-5 rounded-lg border border-slate-200 bg-white px-4 py-6 leading-relaxed text-slate-900 sm:px-12 sm:py-8 print:max-w-none print:border-0 print:p-0 print:text-[11pt]"
      >
        <h2
          id="bulletin-title"
          className="text-center text-xl font-bold text-red-800 print:text-[16pt] print:text-black"
        >
          {r.title(month)}
        </h2>
        <BulletinScope />
        <p className="indent-8">{r.lead(month, bulletin.targets, bulletin.tasks, tolerancePp, dueDay)}</p>
        <BulletinCounts bulletin={bulletin} />
        <BulletinList status="behind" items={bulletin.listed.behind} />
        <BulletinList status="missed" items={bulletin.listed.missed} />
        <BulletinList status="unreported" items={bulletin.listed.unreported} />
        <BulletinUnits />
        <div className="flex break-inside-avoid flex-col gap-3">
          <p className="indent-8">{r.closing}</p>
          <p className="text-right text-sm text-slate-600 print:text-[9pt]">
            {r.footer(today.format(new Date()))}
          </p>
        </div>
      </article>
    </div>
  )
}
