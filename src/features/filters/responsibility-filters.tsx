import { useMemo } from 'react'
import { CheckboxGroup } from '@/components/ui/checkbox-group'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { useAssignments, useLeaders, useUnits } from '@/stores/use-assignments'

type Option = { value: string; label: string }

// 按牵头单位筛选 and 按责任领导筛选: names from the 单位名录 and 责任领导, in the URL as unit= and leader=.
export function ResponsibilityFilters() {
  const units = useUnits()
  const leaders = useLeaders()
  const assignments = useAssignments()
  const unit = useUrlValue('unit')
  const leader = useUrlValue('leader')
  const unitOptions = useMemo(() => {
    // Retired units stay choosable while they lead work, so their history can still be looked up.
    const leading = new Set(assignments.flatMap((a) => [a.leadUnit, ...a.subItems.map((s) => s.leadUnit)]))
    const listed: Option[] = units
      .filter((u) => !u.retired || leading.has(u.name) || unit.includes(u.name))
      .map((u) => ({ value: u.name, label: u.retired ? zh.retiredOption(u.name) : u.name }))
    return withChosen(listed, unit)
  }, [units, assignments, unit])
  const leaderOptions = useMemo(
    () =>
      withChosen(
        leaders.map((l) => ({ value: l.name, label: l.name })),
        leader,
      ),
    [leaders, leader],
  )
  return (
    <>
      <CheckboxGroup
        legend={zh.filterUnit}
        hint={unitOptions.length ? zh.filterUnitHint : zh.filterUnitEmpty}
        options={unitOptions}
        selected={unit}
        onChange={(next) => {
          updateUrlState({ unit: next })
        }}
      />
      <CheckboxGroup
        legend={zh.filterLeader}
        hint={leaderOptions.length ? undefined : zh.filterLeaderEmpty}
        options={leaderOptions}
        selected={leader}
        onChange={(next) => {
          updateUrlState({ leader: next })
        }}
      />
    </>
  )
}

/** A name in the link but not (or no longer) in the list is still shown, so it can be seen and unticked */
function withChosen(options: Option[], chosen: readonly string[]): Option[] {
  const known = new Set(options.map((o) => o.value))
  return [...options, ...chosen.filter((c) => !known.has(c)).map((c) => ({ value: c, label: c }))]
}
