import { StatusIcon, statusOrder } from '@/components/status-badge'
import type { BulletinData } from '@/monitoring/select-bulletin'
import { zh } from '@/i18n/zh'
import { cellClass, headClass, tableClass, TableScroll } from '@/components/ui/table'

const r = zh.bulletin

// 一、总体情况: one sentence with every non-zero count, then the sector × status table.
export function BulletinCounts({ bulletin }: { bulletin: BulletinData }) {
  const parts = statusOrder
    .filter((s) => bulletin.overall[s] > 0)
    .map((s) => r.part(zh.status[s], bulletin.overall[s]))
    .join('、')
  return (
    <section aria-labelledby="bulletin-overall" className="flex flex-col gap-2">
      <h3 id="bulletin-overall" className="break-after-avoid font-semibold">
        {r.overallHeading}
      </h3>
      <p className="indent-8">{r.overall(bulletin.overall.total, parts)}</p>
      <TableScroll>
        <table className={tableClass}>
          <caption className="pb-1 text-center font-medium">{r.countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {r.sector}
              </th>
              {statusOrder.map((s) => (
                <th key={s} scope="col" className={headClass}>
                  <span className="inline-flex items-center gap-1">
                    <StatusIcon status={s} className="size-3 print:hidden" />
                    {zh.status[s]}
                  </span>
                </th>
              ))}
              <th scope="col" className={headClass}>
                {r.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {[
              ...bulletin.sectors.map((s) => ({ label: s.sector.short, counts: s.counts })),
              { label: r.total, counts: bulletin.overall },
            ].map(({ label, counts }) => (
              <tr key={label} className="break-inside-avoid">
                <th scope="row" className={`${cellClass} text-left font-normal whitespace-nowrap`}>
                  {label}
                </th>
                {statusOrder.map((s) => (
                  <td key={s} className={`${cellClass} text-center tabular-nums`}>
                    {counts[s]}
                  </td>
                ))}
                <td className={`${cellClass} text-center font-medium tabular-nums`}>{counts.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
