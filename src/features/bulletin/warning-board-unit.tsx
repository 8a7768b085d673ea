import { LightBadge } from '@/components/light-badge'
import { UNASSIGNED } from '@/monitoring/bulletin-unreported'
import { LIGHT_LABELS } from '@/monitoring/warning'
import type { BoardItem, BoardUnit } from '@/monitoring/warning-board'

// One 牵头单位 of the 预警看板. The items nobody leads fold away when many: nobody can be chased for them yet.
const FOLD_UNASSIGNED_OVER = 10

type Props = { unit: BoardUnit; notices: ReadonlyMap<string, number>; onNotice?: (itemId: string) => void }

export function WarningBoardUnit({ unit: u, notices, onNotice }: Props) {
  const counts = (['red', 'yellow', 'blue'] as const)
    .filter((l) => u.counts[l] > 0)
    .map((l) => `${LIGHT_LABELS[l]}${u.counts[l]}项`)
    .join('、')
  const heading = (
    <>
      {u.unit}
      <span className="ml-2 font-normal text-slate-600">{counts}</span>
    </>
  )
  const items = (
    <ul className="flex flex-col gap-1.5">
      {u.items.map((i) => (
        <Item key={i.id} item={i} notices={notices.get(i.id) ?? 0} onNotice={onNotice} />
      ))}
    </ul>
  )
  const folded = u.unit === UNASSIGNED && u.items.length > FOLD_UNASSIGNED_OVER
  return (
    <li className="flex flex-col gap-1 rounded-md border border-slate-200 p-2" aria-label={u.unit}>
      {folded ? (
        <details className="flex flex-col gap-1">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">
            {heading}
            <span className="ml-2 text-xs font-normal text-slate-600">
              请先在任务分解中明确牵头单位（点击展开）
            </span>
          </summary>
          <div className="mt-1">{items}</div>
        </details>
      ) : (
        <p className="text-sm font-medium text-slate-900">{heading}</p>
      )}
      {!folded && items}
    </li>
  )
}

// The light keeps its own column, so on a phone the badge never ends a line whose item starts the next one.
function Item({
  item: i,
  notices,
  onNotice,
}: {
  item: BoardItem
  notices: number
  onNotice?: Props['onNotice']
}) {
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-2 text-sm text-slate-800">
      <LightBadge light={i.light} reasons={i.reasons} />
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span>{`${i.name}（第${i.no}项）`}</span>
        {i.times > 1 && (
          <span className="font-medium text-red-800">{`第${i.times}次${LIGHT_LABELS[i.light]}`}</span>
        )}
        {i.reasons.length > 0 && <span className="text-xs text-slate-600">{i.reasons.join('；')}</span>}
        {notices > 0 && <span className="text-xs font-medium text-slate-800">{`已督办${notices}次`}</span>}
        {onNotice && (i.light === 'red' || i.light === 'yellow') && (
          <button
            type="button"
            aria-label={`生成督办单：${i.name}`}
            onClick={() => {
              onNotice(i.id)
            }}
            className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
          >
            生成督办单
          </button>
        )}
      </div>
    </li>
  )
}
