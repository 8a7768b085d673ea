import { LightIcon } from '@/components/light-badge'
import { StatusIcon } from '@/components/status-badge'
import { ANNEX_COLUMNS, ANNEX_WIDTHS, rowStatusLabel } from '@/monitoring/bulletin'
import type { BulletinRow } from '@/monitoring/bulletin-snapshot'
import { LIGHT_LABELS } from '@/monitoring/warning'
import { cellClass, headClass, TableScroll } from '@/components/ui/table'

// 附表: every item with its figure, status, light and who answers for it — on a page of its own when printed.
export function BulletinAnnex({ rows, month }: { rows: readonly BulletinRow[]; month: number }) {
  const title = `2023年政府工作报告目标任务推进情况表（截至${month}月）`
  return (
    <section aria-labelledby="bulletin-annex" className="mt-6 flex flex-col gap-2 print:break-before-page">
      <h3 id="bulletin-annex" className="bulletin-heading font-bold">
        附表
      </h3>
      {/* The title stays above the sideways scroll on a phone, not centred over the unseen part of the table. */}
      <p aria-hidden className="bulletin-title text-center text-base font-bold">
        {title}
      </p>
      {/* On a phone the table is wider than the screen: say so, or its last columns go unseen. */}
      <p className="text-xs text-slate-600 md:hidden print:hidden">
        表格较宽，可左右滑动查看状态、预警和牵头单位等列。
      </p>
      <TableScroll>
        <table className="w-full min-w-[48rem] border-collapse text-xs leading-normal print:min-w-0 print:table-fixed print:text-[8pt] print:[&_td]:px-1 print:[&_th]:px-1">
          <caption className="sr-only">{title}</caption>
          <colgroup>
            {ANNEX_WIDTHS.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {ANNEX_COLUMNS.map((h) => (
                <th key={h} scope="col" className={`${headClass} whitespace-nowrap print:whitespace-normal`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="break-inside-avoid">
                <td className={`${cellClass} text-center tabular-nums`}>{r.no}</td>
                <td className={`${cellClass} whitespace-nowrap print:whitespace-normal`}>{r.sector}</td>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  {r.name}
                </th>
                <td className={cellClass}>{r.target}</td>
                <td className={cellClass}>{r.latest}</td>
                <td className={`${cellClass} whitespace-nowrap print:whitespace-normal`}>
                  <span className="inline-flex items-center gap-1">
                    <StatusIcon status={r.status} className="size-3 print:hidden" />
                    {rowStatusLabel(r)}
                  </span>
                </td>
                <td className={`${cellClass} whitespace-nowrap print:whitespace-normal`}>
                  <span className="inline-flex items-center gap-1">
                    <LightIcon light={r.light} className="size-2.5" />
                    {LIGHT_LABELS[r.light]}
                  </span>
                </td>
                <td className={cellClass}>{r.leadUnit ?? ''}</td>
                <td className={`${cellClass} whitespace-nowrap print:whitespace-normal`}>{r.leader ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
