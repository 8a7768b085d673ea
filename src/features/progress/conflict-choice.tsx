import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import { zhConflict } from '@/i18n/zh-conflict'
import { describeEntry } from '@/monitoring/format-entry'

const t = zhConflict
const buttonClass =
  'rounded-md border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700'

const words = (e: Pick<ProgressEntry, 'note' | 'source'>) => [e.note, e.source].filter(Boolean).join('；')

// A save refused because someone else saved first (409): both versions side by side, the user chooses.
export function ConflictChoice({
  mine,
  theirs,
  target,
  onKeepMine,
  onKeepTheirs,
}: {
  mine: ProgressEntry
  theirs: ProgressEntry & { recordedBy?: string }
  target?: Pick<Indicator, 'measure' | 'unit'>
  onKeepMine: () => void
  onKeepTheirs: () => void
}) {
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm sm:col-span-2 lg:col-span-4"
    >
      <p className="font-semibold text-amber-950">
        <span aria-hidden>⚠ </span>
        {t.title}
      </p>
      <p className="mt-1 text-amber-950">{t.intro}</p>
      <dl className="mt-2 grid gap-2 sm:grid-cols-2">
        <div className="rounded border border-amber-200 bg-white p-2">
          <dt className="font-medium">{t.mine}</dt>
          <dd>{describeEntry(mine, target)}</dd>
          {words(mine) && <dd className="text-slate-600">{words(mine)}</dd>}
        </div>
        <div className="rounded border border-amber-200 bg-white p-2">
          <dt className="font-medium">{t.theirs}</dt>
          <dd>{describeEntry(theirs, target)}</dd>
          {theirs.recordedBy && <dd className="text-slate-600">{t.savedBy(theirs.recordedBy)}</dd>}
          {words(theirs) && <dd className="text-slate-600">{words(theirs)}</dd>}
        </div>
      </dl>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={`${buttonClass} border-red-700 bg-red-700 text-white`}
          onClick={onKeepMine}
        >
          {t.keepMine}
        </button>
        <button type="button" className={`${buttonClass} border-slate-300 bg-white`} onClick={onKeepTheirs}>
          {t.keepTheirs}
        </button>
      </div>
    </div>
  )
}
