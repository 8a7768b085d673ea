import { Fragment } from 'react'
import { NARRATIVE_KEYS } from '@/monitoring/entry-input'
import type { ProgressEntry } from '@/data/dataset/schema'
import type { ListedStatus, BulletinItem } from '@/monitoring/select-bulletin'
import { formatFigure, formatPointsDifference } from '@/lib/format'
import { describeEntry, describeStatus } from '@/monitoring/format-entry'
import { zh } from '@/i18n/zh'
import { cellClass, headClass, tableClass, TableScroll } from '@/components/ui/table'

const r = zh.bulletin

// A rate behind or missed is explained by its gap to the target, in percentage points.
function explain({ result, indicator }: BulletinItem): string {
  const d = result.detail
  const inPoints = indicator && ['growth_pct', 'share_pct', 'change_pp'].includes(indicator.measure)
  if (d?.kind === 'rate' && inPoints && result.status !== 'unreported')
    return r.gap(formatPointsDifference(d.value - d.target))
  return describeStatus(result)
}

// 二、三、四: one numbered table per status named in the 通报, or 无。
export function BulletinList({ status, items }: { status: ListedStatus; items: BulletinItem[] }) {
  const headingId = `bulletin-${status}`
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="break-after-avoid font-semibold">
        {r.listHeading[status]}
      </h3>
      {items.length === 0 ? (
        <p className="indent-8">{r.none}</p>
      ) : (
        <TableScroll>
          <table className={tableClass}>
            <caption className="pb-1 text-left">{`${zh.status[status]}${r.listLead(items.length)}`}</caption>
            <thead>
              <tr>
                {[r.no, r.sector, r.item, r.target, r.latest, r.explanation].map((h) => (
                  <th key={h} scope="col" className={`${headClass} whitespace-nowrap`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <Fragment key={item.id}>
                  <tr className="break-inside-avoid">
                    <td className={`${cellClass} text-center tabular-nums`}>{i + 1}</td>
                    <td className={`${cellClass} whitespace-nowrap`}>{item.sector.short}</td>
                    <th scope="row" className={`${cellClass} text-left font-normal`}>
                      {item.name}
                    </th>
                    <td className={`${cellClass} whitespace-nowrap`}>
                      {item.indicator ? formatFigure(item.indicator) : r.taskTarget}
                    </td>
                    <td className={cellClass}>
                      {item.result.entry ? describeEntry(item.result.entry, item.indicator) : ''}
                    </td>
                    <td className={cellClass}>{explain(item)}</td>
                  </tr>
                  {item.result.entry && <NarrativeRow entry={item.result.entry} />}
                </Fragment>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}

/** 进展情况, 存在问题, 下一步措施 of the entry the status rests on, under its row */
function NarrativeRow({ entry }: { entry: ProgressEntry }) {
  const parts = NARRATIVE_KEYS.filter((key) => entry[key])
  if (parts.length === 0) return null
  return (
    <tr className="break-inside-avoid">
      <td className={cellClass} />
      <td colSpan={5} className={`${cellClass} text-slate-700`}>
        {parts.map((key) => (
          <p key={key}>
            <span className="font-medium">{zh.narrative[key]}：</span>
            {entry[key]}
          </p>
        ))}
      </td>
    </tr>
  )
}
