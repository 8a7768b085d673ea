import { useMemo } from 'react'
import type { StatusResult } from '@/monitoring/status'
import { judgeLight, type LightVerdict } from '@/monitoring/warning'
import { useAssignment } from './use-assignments'
import { useWarningRule } from './use-bulletin-settings'
import { usePeriod } from './use-statuses'

/** One item's 预警 light at 本期, by the 预警规则 in force and its 任务分解 (完成时限; the 报送频次 is already in the status) */
export function useLight(itemId: string, result: StatusResult): LightVerdict {
  const assignment = useAssignment(itemId)
  const rule = useWarningRule()
  const period = usePeriod()
  return useMemo(
    () => judgeLight({ result, period, deadline: assignment?.deadline }, rule),
    [result, period, assignment, rule],
  )
}
