import { LightBadge } from '@/components/light-badge'
import type { BulletinRow } from '@/monitoring/bulletin-snapshot'

// One item as a 通报 names it: the standard line and who answers for it, then its 存在问题 and 下一步措施.
export function BulletinItem({ row, narrative = true }: { row: BulletinRow; narrative?: boolean }) {
  return (
    <li className="flex flex-col" data-item={row.id}>
      <p className="indent-8">
        {`${row.line}。${row.responsibility}。`}
        {row.light !== 'green' && (
          <span className="ml-1 indent-0">
            <LightBadge light={row.light} reasons={row.lightReasons} />
          </span>
        )}
      </p>
      {narrative && row.problems && <p className="indent-8">{`存在问题：${row.problems}`}</p>}
      {narrative && row.nextSteps && <p className="indent-8">{`下一步措施：${row.nextSteps}`}</p>}
    </li>
  )
}
