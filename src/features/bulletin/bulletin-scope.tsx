import { useSuspenseQuery } from '@tanstack/react-query'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'

// A filtered 通报 says on paper what it covers, so a unit's copy is never read as the whole county's.
export function BulletinScope() {
  const { data: sectors } = useSuspenseQuery({ ...datasetQuery, select: (d) => d.sectors })
  const { unit, leader, sector, q } = useUrlState()
  const known = sectors.filter((s) => sector.includes(s.id)).map((s) => s.short)
  const parts = [
    ...(unit.length ? [zh.scopeUnit(unit.join('、'))] : []),
    ...(leader.length ? [zh.scopeLeader(leader.join('、'))] : []),
    ...(known.length ? [zh.bulletin.scopeSector(known.join('、'))] : []),
    ...(q.trim() ? [zh.searchFor(q.trim())] : []),
  ]
  if (parts.length === 0) return null
  return <p className="text-center text-sm text-slate-700">{zh.bulletin.scope(parts.join('；'))}</p>
}
