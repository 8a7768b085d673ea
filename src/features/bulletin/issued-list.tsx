import { useState } from 'react'
import { rowStatusLabel } from '@/monitoring/bulletin'
import { compareBulletins, type BulletinBody, type IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import { formatIssuedOn } from './bulletin-masthead'

const linkClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700'

function Changes({ previous, current }: { previous: BulletinBody; current: BulletinBody }) {
  const changes = compareBulletins(previous, current)
  if (changes.length === 0) return <p className="text-sm text-slate-700">与上期相比，各事项状态没有变化。</p>
  return (
    <ul className="list-disc pl-6 text-sm text-slate-800">
      {changes.map((c) => (
        <li key={c.no}>
          {`${c.name}（第${c.no}项）：${c.from ? rowStatusLabel(c.from) : '上期未列入'} → ${c.to ? rowStatusLabel(c.to) : '本期未列入'}`}
        </li>
      ))}
    </ul>
  )
}

// 往期通报: each issued 通报, to open read-only or to compare with the one before it; the draft compares with the last.
export function IssuedList({
  issued,
  draft,
  onOpen,
}: {
  issued: readonly IssuedBulletin[]
  draft: BulletinBody
  onOpen: (id: string) => void
}) {
  const [comparing, setComparing] = useState<string>()
  const last = issued.at(-1)
  return (
    <section
      aria-labelledby="issued-title"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 print:hidden"
    >
      <h2 id="issued-title" className="text-sm font-semibold text-slate-800">
        往期通报
      </h2>
      {issued.length === 0 && (
        <p className="text-sm text-slate-600">尚未印发通报。点“印发”后，通报即定稿保存在这里。</p>
      )}
      <ul className="flex flex-col gap-2">
        {issued.map((b, i) => {
          const previous = issued[i - 1]
          return (
            <li key={b.id} className="flex flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">{`第${b.header.issue}期`}</span>
                <span className="text-slate-700">{`${b.header.title} · ${formatIssuedOn(b.header.issuedOn)}印发`}</span>
                <button
                  type="button"
                  className={linkClass}
                  onClick={() => {
                    onOpen(b.id)
                  }}
                  aria-label={`查看第${b.header.issue}期`}
                >
                  查看
                </button>
                {previous && (
                  <button
                    type="button"
                    className={linkClass}
                    aria-expanded={comparing === b.id}
                    onClick={() => {
                      setComparing(comparing === b.id ? undefined : b.id)
                    }}
                    aria-label={`第${b.header.issue}期与上期比较`}
                  >
                    与上期比较
                  </button>
                )}
              </div>
              {previous && comparing === b.id && <Changes previous={previous.body} current={b.body} />}
            </li>
          )
        })}
      </ul>
      {last && (
        <div className="flex flex-col gap-1 border-t border-slate-200 pt-2">
          <button
            type="button"
            className={`${linkClass} self-start`}
            aria-expanded={comparing === 'draft'}
            onClick={() => {
              setComparing(comparing === 'draft' ? undefined : 'draft')
            }}
          >
            {`当前通报与上期（第${last.header.issue}期）比较`}
          </button>
          {comparing === 'draft' && <Changes previous={last.body} current={draft} />}
        </div>
      )}
    </section>
  )
}
