import { zh } from '@/i18n/zh'
import { ReportControls } from './report-controls'
import { ReportCounts } from './report-counts'
import { ReportList } from './report-list'
import { ReportUnits } from './report-units'
import { useReport } from './use-report'

const r = zh.report
const today = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' })

// 通报: the progress of every 2023 target and task as of a month, written as a supervision office publishes it.
export function ReportView() {
  const { report, month, tolerancePp, dueDay } = useReport()
  return (
    <div className="flex flex-col gap-4">
      <ReportControls />
      <article
        aria-labelledby="report-title"
        data-report
        className="mx-auto flex w-full max-w-4xl flex-col gap-5 rounded-lg border border-slate-200 bg-white px-4 py-6 leading-relaxed text-slate-900 sm:px-12 sm:py-8 print:max-w-none print:border-0 print:p-0 print:text-[11pt]"
      >
        <h2
          id="report-title"
          className="text-center text-xl font-bold text-red-800 print:text-[16pt] print:text-black"
        >
          {r.title(month)}
        </h2>
        <p className="indent-8">{r.lead(month, report.targets, report.tasks, tolerancePp, dueDay)}</p>
        <ReportCounts report={report} />
        <ReportList status="behind" items={report.listed.behind} />
        <ReportList status="missed" items={report.listed.missed} />
        <ReportList status="unreported" items={report.listed.unreported} />
        <ReportUnits />
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
