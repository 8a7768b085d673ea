import type { Status } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { StatusIcon, statusOrder, statusPalette } from './status-badge'

// A compact line of status counts (icon, label, number), statuses with none left out.
export function StatusCounts({ counts, label }: { counts: ReadonlyMap<Status, number>; label: string }) {
  const present = statusOrder.filter((s) => (counts.get(s) ?? 0) > 0)
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
      {present.map((s) => (
        <li key={s} className="inline-flex items-center gap-1" style={{ color: statusPalette[s].color }}>
          <StatusIcon status={s} />
          {zh.status[s]} {counts.get(s)}
        </li>
      ))}
    </ul>
  )
}
