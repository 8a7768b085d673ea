import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { useUrlState } from '@/data/url-state'
import { buildBulletin, defaultTitle, type BulletinFilter } from '@/monitoring/bulletin'
import type { BulletinHeader } from '@/monitoring/bulletin-snapshot'
import { periodMonth } from '@/monitoring/period'
import { useAssignments } from '@/stores/use-assignments'
import { useBulletinDraft } from '@/stores/use-bulletin-settings'
import { useIssuedBulletins } from '@/stores/use-bulletins'
import { useTolerancePp } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { useDefaultPeriod, usePeriod } from '@/stores/use-statuses'

const pad = (n: number) => String(n).padStart(2, '0')
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

// unit= and leader= arrive with the 任务分解 filters; read them when the URL has them.
function listParam(state: object, key: string): string[] {
  const value: unknown = (state as Record<string, unknown>)[key]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

// The 通报 being drafted: the body at 本期 under the URL's filters, and the header with its defaults filled in.
export function useBulletin() {
  const { data } = useSuspenseQuery(datasetQuery)
  const entries = useEntries()
  const assignments = useAssignments()
  const tolerancePp = useTolerancePp()
  const period = usePeriod()
  const month = periodMonth(period)
  const defaultMonth = periodMonth(useDefaultPeriod())
  const draft = useBulletinDraft()
  const issued = useIssuedBulletins()
  const url = useUrlState()
  const filter: BulletinFilter = useMemo(
    () => ({ sectors: url.sector, units: listParam(url, 'unit'), leaders: listParam(url, 'leader') }),
    [url],
  )
  const body = useMemo(
    () =>
      buildBulletin({ dataset: data, entries, assignments, period, tolerancePp, rule: draft.rule, filter }),
    [data, entries, assignments, period, tolerancePp, draft.rule, filter],
  )
  const header: BulletinHeader = {
    title: draft.title.trim() || defaultTitle(month),
    issue: draft.issue || issued.length + 1,
    issuer: draft.issuer,
    issuedOn: draft.issuedOn || today(),
    requirements: draft.requirements,
  }
  const names = new Map(data.sectors.map((s) => [s.id, s.short]))
  const scope = [
    filter.sectors?.length ? `领域：${filter.sectors.map((s) => names.get(s) ?? s).join('、')}` : '',
    filter.units?.length ? `单位：${filter.units.join('、')}` : '',
    filter.leaders?.length ? `责任领导：${filter.leaders.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('；')
  const quotes = useMemo(
    () => new Map([...data.indicators, ...data.tasks].map((x) => [x.id, x.quote])),
    [data],
  )
  return { body, header, scope, month, defaultMonth, issued, draft, period, quotes }
}
