import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { useUrlValue } from '@/data/url-state'
import { selectItemGroups } from '@/monitoring/item-groups'
import { selectBulletin } from '@/monitoring/select-bulletin'
import { useResponsible } from '@/stores/use-responsible'
import { useDueDay } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { useStatusSettings } from '@/stores/use-statuses'

// The 通报 as of 本期 (?period=, or the default 本期), with the tolerance the progress tab uses.
export function useBulletin() {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const dueDay = useDueDay()
  const settings = useStatusSettings()
  const { month, tolerancePp } = settings
  const sector = useUrlValue('sector')
  const q = useUrlValue('q')
  const responsible = useResponsible()
  const bulletin = useMemo(() => {
    const covered = new Set(
      selectItemGroups(data, (id) => !responsible || responsible(id), { sector, q }).flatMap((g) => [
        ...g.targets.map((t) => t.id),
        ...g.tasks.map((t) => t.id),
      ]),
    )
    return selectBulletin(data, entries, settings, (id) => covered.has(id))
  }, [data, entries, settings, sector, q, responsible])
  return { bulletin, month, tolerancePp, dueDay }
}
