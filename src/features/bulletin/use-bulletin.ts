import { useMemo } from 'react'
import { useDataset } from '@/data/dataset/use-dataset'
import { useUrlValue } from '@/data/url-state'
import { selectItemGroups } from '@/monitoring/item-groups'
import { entriesCounted } from '@/monitoring/review'
import { useResponsible } from '@/stores/use-responsible'
import { useBulletinScope } from './bulletin-scope'
import { buildBulletin, defaultTitle } from '@/monitoring/bulletin'
import type { BulletinHeader } from '@/monitoring/bulletin-snapshot'
import { issueYear, nextIssue } from '@/monitoring/issue-number'
import { periodMonth } from '@/monitoring/period'
import { useAssignments } from '@/stores/use-assignments'
import { useBulletinDraft } from '@/stores/use-bulletin-settings'
import { useIssuedBulletins } from '@/stores/use-bulletins'
import { useDueDay } from '@/stores/use-monitor-settings'
import { useEntries } from '@/stores/use-progress'
import { usePeriod, useStatusSettings } from '@/stores/use-statuses'

const pad = (n: number) => String(n).padStart(2, '0')
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

// The 通报 being drafted: the body at 本期 under the URL's filters, and the header with its defaults filled in.
export function useBulletin() {
  const data = useDataset()
  const all = useEntries()
  const withPending = useUrlValue('pending') === '1'
  const entries = useMemo(() => entriesCounted(all, withPending), [all, withPending])
  const assignments = useAssignments()
  const settings = useStatusSettings()
  const dueDay = useDueDay()
  const period = usePeriod()
  const month = periodMonth(period)
  const draft = useBulletinDraft()
  const issued = useIssuedBulletins()
  const sector = useUrlValue('sector')
  const q = useUrlValue('q')
  const responsible = useResponsible()
  // The same filters as every tab: sector and search (item-groups), 牵头单位 and 责任领导 (select-responsibility).
  const keep = useMemo(() => {
    const covered = new Set(
      selectItemGroups(data, (id) => !responsible || responsible(id), { sector, q }).flatMap((g) => [
        ...g.targets.map((t) => t.id),
        ...g.tasks.map((t) => t.id),
      ]),
    )
    return (id: string) => covered.has(id)
  }, [data, sector, q, responsible])
  const body = useMemo(
    () =>
      buildBulletin({
        dataset: data,
        entries,
        assignments,
        period,
        settings,
        dueDay,
        rule: draft.rule,
        keep,
      }),
    [data, entries, assignments, period, settings, dueDay, draft.rule, keep],
  )
  const issuedOn = draft.issuedOn || today()
  const header: BulletinHeader = {
    title: draft.title.trim() || defaultTitle(month),
    // 期数 run per year of 印发: the next free one, unless the clerk set one.
    issue: draft.issue || nextIssue(issued, issueYear({ issuedOn })),
    issuer: draft.issuer,
    issuedOn,
    requirements: draft.requirements,
  }
  const scope = useBulletinScope()
  const quotes = useMemo(
    () => new Map([...data.indicators, ...data.tasks].map((x) => [x.id, x.quote])),
    [data],
  )
  return { body, header, scope, month, issued, draft, period, quotes }
}
