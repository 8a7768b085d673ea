import { zh } from '@/i18n/zh'
import { zhAssign } from '@/i18n/zh-assign'
import type { Item } from '@/monitoring/item'
import { describeRollUp, rollUp } from '@/monitoring/roll-up'
import { isCumulative } from '@/monitoring/status'
import { useAssignment } from '@/stores/use-assignments'
import { useEvaluationMonth } from '@/stores/use-statuses'

const a = zhAssign
export const rollUpWords = {
  none: a.rollUpNone,
  taskStatus: zh.taskStatus,
  task: a.rollUpTask,
  value: a.rollUpValue,
  period: zh.period,
}

// Who answers for an item (牵头单位 · 责任领导) and its sub-items' roll-up at 本期, wherever the item is listed.
export function ResponsibilityLine({ item, full = false }: { item: Item; full?: boolean }) {
  const assignment = useAssignment(item.id)
  const month = useEvaluationMonth()
  if (!assignment) return null
  const who = [
    assignment.leadUnit && `${a.leadUnit} ${assignment.leadUnit}`,
    full && assignment.partnerUnits.length > 0 && `${a.partnerUnits} ${assignment.partnerUnits.join('、')}`,
    assignment.leader && `${a.leader} ${assignment.leader}`,
  ].filter(Boolean)
  const cumulative = item.indicator !== undefined && isCumulative(item.indicator.measure)
  const roll =
    assignment.subItems.length > 0 && (cumulative || !item.indicator)
      ? rollUp(assignment.subItems, month, cumulative ? 'cumulative' : 'task')
      : undefined
  return (
    <>
      {who.length > 0 && <span className="block text-xs text-slate-600">{who.join(' · ')}</span>}
      {roll && (
        <span className="block text-xs text-slate-600">
          {`${a.rollUp}：${describeRollUp(roll, item.indicator?.unit ?? '', rollUpWords)}`}
        </span>
      )}
    </>
  )
}
