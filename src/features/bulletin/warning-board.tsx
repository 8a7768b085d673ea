import type { BulletinRow, IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import { warningBoard } from '@/monitoring/warning-board'
import { noticeCounts } from '@/monitoring/supervision'
import { useNotices } from '@/stores/use-supervisions'
import { WarningBoardUnit } from './warning-board-unit'
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
          <WarningBoardUnit key={u.unit} unit={u} notices={notices} onNotice={onNotice} />
        ))}
      </ul>
    </section>
  )
}
