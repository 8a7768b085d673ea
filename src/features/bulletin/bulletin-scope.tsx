import { useDataset } from '@/data/dataset/use-dataset'
import { useUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { zhBulletin } from '@/i18n/zh-bulletin'

// A filtered 通报 says on paper what it covers, so a unit's copy is never read as the whole county's.
/** The filters in words (牵头单位：县统计局；领域：产业发展), '' for the whole county; kept in a snapshot as issued */
export function useBulletinScope(): string {
  const sectors = useDataset().sectors
  const { unit, leader, sector, q } = useUrlState()
  const known = sectors.filter((s) => sector.includes(s.id)).map((s) => s.short)
  return [
    ...(unit.length ? [zh.scopeUnit(unit.join('、'))] : []),
    ...(leader.length ? [zh.scopeLeader(leader.join('、'))] : []),
    ...(known.length ? [zhBulletin.scopeSector(known.join('、'))] : []),
    ...(q.trim() ? [zh.searchFor(q.trim())] : []),
  ].join('；')
}

export function BulletinScope({ scope }: { scope: string }) {
  if (!scope) return null
  return <p className="text-center text-sm text-slate-700">{zhBulletin.scope(scope)}</p>
}
