import { useId } from 'react'
import { PassageButton } from '@/components/passage-button'
import { StatusBadge } from '@/components/status-badge'
import { TermText } from '@/components/term-text'
import { UnreportedNote } from '@/components/unreported-note'
import type { Headline } from '@/data/select/select-pairs'
import type { StatusResult } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { formatFigure, formatPointsDifference } from '@/lib/format'
import { describeEntry } from '@/monitoring/format-entry'

// The six 主要预期目标 at a glance: the target as written, the 2022 value and gap, the status and latest entry.
export function HeadlineCards({
  headlines,
  statuses,
}: {
  headlines: Headline[]
  statuses: ReadonlyMap<string, StatusResult>
}) {
  const titleId = useId()
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId} className="mb-3 text-lg font-semibold text-slate-900">
        {zh.headlineTitle}
      </h2>
      {headlines.length === 0 ? (
        <p className="text-slate-600">{zh.headlineEmpty}</p>
      ) : (
        <div className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 xl:grid-cols-6">
          {headlines.map((h) => (
            <HeadlineCard key={h.target.id} headline={h} result={statuses.get(h.target.id)} />
          ))}
        </div>
      )}
    </section>
  )
}

function HeadlineCard({
  headline: { target, outcome, points },
  result,
}: {
  headline: Headline
  result: StatusResult | undefined
}) {
  const nameId = useId()
  return (
    <article
      aria-labelledby={nameId}
      className="flex flex-col gap-2 rounded-lg border border-t-4 border-slate-200 border-t-red-800 bg-white p-2.5 shadow-sm sm:p-3"
    >
      <h3 id={nameId} className="text-sm font-medium text-slate-700">
        <TermText text={target.name} />
      </h3>
      <p className="flex flex-col">
        <span className="text-xs text-slate-500">{zh.target2023}</span>
        <span className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {formatFigure(target)}
        </span>
      </p>
      <dl className="flex flex-col gap-1 text-sm">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <dt className="text-xs text-slate-500">{zh.outcome2022}</dt>
          <dd className="font-medium whitespace-nowrap text-slate-800">
            {outcome ? formatFigure(outcome) : zh.noBaseline}
          </dd>
        </div>
        {points !== null && (
          <div className="flex flex-wrap items-baseline gap-x-2">
            <dt className="text-xs text-slate-500">{zh.versus2022}</dt>
            <dd className="font-medium whitespace-nowrap text-slate-800">
              <span aria-hidden className="mr-0.5">
                {points > 0 ? '▲' : points < 0 ? '▼' : '＝'}
              </span>
              {formatPointsDifference(points)}
            </dd>
          </div>
        )}
      </dl>
      <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-slate-600">
        <StatusBadge status={result?.status ?? 'no_data'} />
        {result?.entry && `${zh.monitor.latest}：${describeEntry(result.entry, target)}`}
        <UnreportedNote result={result} withEntry={false} />
      </p>
      <div className="mt-auto">
        <PassageButton id={target.id} label={`${target.name}（${zh.target2023}）`} />
      </div>
    </article>
  )
}
