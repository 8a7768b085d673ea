import type { Indicator } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
import { describeEntry } from '@/monitoring/format-entry'
import type { StatusResult } from '@/monitoring/status'

// Beside a 未报送 badge: the last figure reported and how many periods have gone by without one. An item never
// reported has nothing to recall: its badge says 未报送 and 进度监测 gives the count (describeStatus).
export function UnreportedNote({
  result,
  indicator,
  withEntry = true,
}: {
  result: StatusResult | undefined
  indicator?: Pick<Indicator, 'measure' | 'unit'>
  /** false where the latest entry is already shown beside it */
  withEntry?: boolean
}) {
  if (result?.status !== 'unreported' || !result.entry) return null
  const missing = result.missing ?? 0
  return (
    <span className="block text-xs text-purple-900">
      {withEntry
        ? zh.monitor.lastReported(describeEntry(result.entry, indicator), missing)
        : zh.monitor.missingCount(missing)}
    </span>
  )
}
