import { PartBoundary } from '@/components/part-boundary'
import { ChasePanel } from '@/features/chase/chase-panel'
import { ExchangePanel } from '@/features/exchange/exchange-panel'
import { ItemFilters } from '@/features/filters/item-filters'
import { ProgressView } from '@/features/progress/progress-view'
import { RecoveryPanel } from '@/features/storage-recovery/recovery-panel'
import { zh } from '@/i18n/zh'

// 进度监测 with its desk tools (催报, 导入导出, 恢复): one lazy chunk, loaded when the tab opens, not with the dashboard.
export function ProgressPage() {
  return (
    <ProgressView
      tools={
        <>
          <ChasePanel />
          {/* Desk tools, not a report: they stay off paper (the 催报 list above is printed). */}
          <div data-print-hide className="contents">
            <PartBoundary part={zh.partError.panel(zh.partError.exchange)}>
              <ExchangePanel />
            </PartBoundary>
            <RecoveryPanel />
          </div>
        </>
      }
      filters={<ItemFilters />}
    />
  )
}
