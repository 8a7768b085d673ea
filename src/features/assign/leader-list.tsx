import { useState } from 'react'
import { zhAssign } from '@/i18n/zh-assign'
import { useLeaders } from '@/stores/use-assignments'
import { leaderAdded, leaderRemoved } from '@/stores/assignment-actions'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import { LabelledText, Problem, RemoveButton } from './controls'
import { primary } from './styles'

const a = zhAssign

// 责任领导: the names the 任务分解 and the 按责任领导筛选 offer.
export function LeaderList() {
  const leaders = useLeaders()
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [problem, setProblem] = useState<string>()
  const admin = mayAdminister(useAccount())
  return (
    <section aria-labelledby="leaders-title" className="flex flex-col gap-3">
      <h4 id="leaders-title" className="font-semibold text-slate-900">
        {a.leadersTitle}
      </h4>
      {admin && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            void leaderAdded(name, title).then((issue) => {
              setProblem(issue)
              if (!issue) {
                setName('')
                setTitle('')
              }
            })
          }}
        >
          <LabelledText label={a.leaderName} value={name} maxLength={40} onChange={setName} />
          <LabelledText label={a.leaderTitle} value={title} maxLength={60} onChange={setTitle} />
          <button type="submit" className={primary}>
            {a.addLeader}
          </button>
        </form>
      )}
      <Problem text={problem} />
      {leaders.length === 0 ? (
        <p className="text-sm text-slate-600">{a.noLeaders}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {leaders.map((l) => (
            <li
              key={l.name}
              className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1 text-sm"
            >
              <span>
                {l.name}
                {l.title && <span className="text-slate-500">（{l.title}）</span>}
              </span>
              {admin && (
                <RemoveButton
                  label={a.removeLeader(l.name)}
                  onClick={() => {
                    void leaderRemoved(l.name).then(setProblem)
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
