import { useMemo } from 'react'
import { useUrlValue } from '@/data/url-state'
import { responsibilityFilter, type Responsible } from '@/monitoring/select-responsibility'
import { useAssignments } from './use-assignments'

/** The URL's 按牵头单位 / 按责任领导 filters against the 任务分解; undefined when neither is set */
export function useResponsible(): Responsible | undefined {
  const unit = useUrlValue('unit')
  const leader = useUrlValue('leader')
  const assignments = useAssignments()
  return useMemo(() => responsibilityFilter(assignments, { unit, leader }), [assignments, unit, leader])
}
