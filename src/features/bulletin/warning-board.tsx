import { LightBadge } from '@/components/light-badge'
import type { BulletinRow, IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import { LIGHT_LABELS } from '@/monitoring/warning'
import { warningBoard } from '@/monitoring/warning-board'
import { noticeCounts } from '@/monitoring/supervision'
import { useNotices } from '@/stores/use-supervisions'
import { WarningRuleForm } from './warning-rule-form'

// 预警看板: which 牵头单位 carry red, yellow and blue lights now, and which lights keep coming back.
export function WarningBoard({
  rows,
  issued,
  onNotice,
}: {
  rows: readonly BulletinRow[]
  issued: readonly IssuedBulletin[]
  /** 生成督办单 for a red or yellow item; none where only the 督查室 may issue one */
  onNotice?: (itemId: string) => void
}) {
  const board = warningBoard(rows, issued)
  const notices = noticeCounts(useNotices())
  return (
    <section
      aria-labelledby="warning-board"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden"
    >
      <h2 id="warning-board" className="text-sm font-semibold text-slate-800">
        预警看板
      </h2>
      <WarningRuleForm editable={onNotice !== undefined} />
      {board.length === 0 && <p className="text-sm text-slate-600">本期没有亮红灯、黄灯或蓝灯的事项。</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {board.map((u) => (
          <li
            key={u.unit}
            className="flex flex-col gap-1 rounded-md border border-slate-200 p-2"
            aria-label={u.unit}
          >
            <p className="text-sm font-medium text-slate-900">
              {u.unit}
              <span className="ml-2 font-normal text-slate-600">
                {(['red', 'yellow', 'blue'] as const)
                  .filter((l) => u.counts[l] > 0)
                  .map((l) => `${LIGHT_LABELS[l]}${u.counts[l]}项`)
                  .join('、')}
              </span>
            </p>
            <ul className="flex flex-col gap-1">
              {u.items.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
                  <LightBadge light={i.light} reasons={i.reasons} />
                  <span>{`${i.name}（第${i.no}项）`}</span>
                  {i.times > 1 && (
                    <span className="font-medium text-red-800">{`第${i.times}次${LIGHT_LABELS[i.light]}`}</span>
                  )}
                  {i.reasons.length > 0 && (
                    <span className="text-xs text-slate-600">{i.reasons.join('；')}</span>
                  )}
                  {(notices.get(i.id) ?? 0) > 0 && (
                    <span className="text-xs font-medium text-slate-800">{`已督办${notices.get(i.id) ?? 0}次`}</span>
                  )}
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
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
