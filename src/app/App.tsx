import { useSuspenseQuery } from '@tanstack/react-query'
import { PartBoundary } from '@/components/part-boundary'
import { lazy, Suspense } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { useUrlValue } from '@/data/url-state'
import { ChasePanel } from '@/features/chase/chase-panel'
import { ExchangePanel } from '@/features/exchange/exchange-panel'
import { ItemFilters } from '@/features/filters/item-filters'
import { ProgressView } from '@/features/progress/progress-view'
import { BulletinView } from '@/features/bulletin/bulletin-view'
import { RecoveryPanel } from '@/features/storage-recovery/recovery-panel'
import { StorageRecoveryBanner } from '@/features/storage-recovery/storage-recovery-banner'
import { LoginPage } from '@/features/session/login-page'
import { SessionBadge } from '@/features/session/session-badge'
import { zh } from '@/i18n/zh'
import { useSession } from '@/stores/use-session'
import { GlossaryButton } from '@/features/glossary/glossary-button'
import { GlossaryDrawer } from '@/features/glossary/glossary-drawer'
import { PassageDialog } from '@/features/passage/passage-dialog'
import { Dashboard } from './dashboard'
import { DatasetGate } from './dataset-gate'
import { ViewBar } from './view-bar'
import { SkipLink } from './skip-link'
import { UnexpectedErrorNotice } from './unexpected-error-notice'
import { UpdatePrompt } from './update-prompt'
import { ViewTabs } from './view-tabs'

const viewName = {
  dashboard: zh.monitor.dashboardTab,
  progress: zh.monitor.tab,
  report: zh.bulletin.tab,
  assign: zh.assign.tab,
} as const

// 任务分解 is a desk tool of the 督查室, not part of the first screen: its code loads when the tab opens.
const AssignView = lazy(() =>
  import('@/features/assign/assign-view').then((m) => ({ default: m.AssignView })),
)

export function App() {
  const view = useUrlValue('view')
  const session = useSession()
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="bg-red-800 text-white shadow print:hidden">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-end justify-between gap-x-4 gap-y-2 px-4 pt-3 sm:px-6">
          <h1 className="pb-2 text-lg font-semibold sm:text-xl">{zh.appTitle}</h1>
          {/* 名词解释 and the account come before the tabs in the DOM as on screen: on a phone they sit on the row
              above the tabs, which stay on the header's bottom edge (DOM order = visual order). */}
          <div className="ml-auto flex flex-wrap items-end justify-end gap-x-3">
            <div className="pb-2">
              <GlossaryButton />
            </div>
            <SessionBadge />
            <ViewTabs />
          </div>
        </div>
      </header>
      <div className="print:hidden">
        <StorageRecoveryBanner />
      </div>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-screen-2xl px-4 pb-4 outline-none sm:px-6 print:max-w-none print:p-0"
      >
        {session.mode === 'server' && !session.account ? (
          session.checked && <LoginPage />
        ) : (
          <DatasetGate>
            <ViewBar />
            {/* Keyed by view: a tab that failed is tried afresh when the user comes back to it. */}
            <PartBoundary key={view} part={zh.partError.view(viewName[view])}>
              {view === 'progress' ? (
                <ProgressView
                  tools={
                    <>
                      <ChasePanel />
                      <PartBoundary part={zh.partError.panel(zh.partError.exchange)}>
                        <ExchangePanel />
                      </PartBoundary>
                      <RecoveryPanel />
                    </>
                  }
                  filters={<ItemFilters />}
                />
              ) : view === 'assign' ? (
                <Suspense fallback={<p role="status">{zh.loading}</p>}>
                  <AssignView />
                </Suspense>
              ) : view === 'report' ? (
                <BulletinView filters={<ItemFilters />} />
              ) : (
                <>
                  <ReportLine />
                  <Dashboard />
                </>
              )}
            </PartBoundary>
          </DatasetGate>
        )}
      </main>
      {/* Last, so that a drawer opened from inside another dialog stacks above it. */}
      <PassageDialog />
      <GlossaryDrawer />
      <UnexpectedErrorNotice />
      <UpdatePrompt />
    </div>
  )
}

function ReportLine() {
  const { data: report } = useSuspenseQuery({ ...datasetQuery, select: (d) => d.report })
  return (
    <>
      {/* The header (with the title) is hidden on paper: the printed dashboard still opens with its title. */}
      <p className="mb-1 hidden text-[16pt] font-bold text-red-800 print:block">{zh.appTitle}</p>
      <p className="mb-4 text-sm text-slate-600">
        {report.session} · {report.deliveredOn} · {report.speakerTitle} {report.speaker}
      </p>
    </>
  )
}
