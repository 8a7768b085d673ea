import { useId } from 'react'
import type { SectorWithCounts } from '@/data/select/select-counts'
import { zh } from '@/i18n/zh'

// How the report's work is spread over the sectors; each name jumps to its panel.
export function SectorCounts({ rows }: { rows: SectorWithCounts[] }) {
  const titleId = useId()
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <h3 id={titleId} className="mb-2 text-base font-semibold text-slate-900">
        {zh.countsTitle}
      </h3>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th scope="col" className="py-1 font-medium">
              {zh.countsSector}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {zh.countsTargets}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {zh.countsOutcomes}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {zh.countsTasks}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ sector, counts }) => (
            <tr key={sector.id} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 text-left font-normal">
                <a href={`#sector-${sector.id}`} className="text-red-800 underline-offset-2 hover:underline">
                  {sector.short}
                </a>
              </th>
              <td className="py-1 text-right tabular-nums">{counts.targets}</td>
              <td className="py-1 text-right tabular-nums">{counts.outcomes}</td>
              <td className="py-1 text-right tabular-nums">{counts.tasks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
