import { PartBoundary } from '@/components/part-boundary'
import { lazy, Suspense } from 'react'
import { useDataset } from '@/data/dataset/use-dataset'
import { useUrlValue } from '@/data/url-state'
import { StorageRecoveryBanner } from '@/features/storage-recovery/storage-recovery-banner'
import { SessionBadge } from '@/features/session/session-badge'
import { zh } from '@/i18n/zh'
import { activeLedger } from '@/stores/ledger/active-ledger'
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

// 任务分解, 进度监测 and 通报 are desk tools of the 督查室, not part of the first screen: each tab's code loads when
// it opens, so the dashboard's first visit neither downloads nor evaluates them. Each opens once the ledger is in
// (加载中 until then): it shows what is stored from its first frame, and what is typed into it is kept.
const withLedger =
  <T,>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), activeLedger()]).then(([m]) => m)
const AssignView = lazy(
  withLedger(() => import('@/features/assign/assign-view').then((m) => ({ default: m.AssignView }))),
)
const ProgressPage = lazy(
  withLedger(() => import('./progress-page').then((m) => ({ default: m.ProgressPage }))),
)
const BulletinPage = lazy(
  withLedger(() => import('./bulletin-page').then((m) => ({ default: m.BulletinPage }))),
)
// Only the shared server asks for an account: a static deployment never downloads the login page.
const LoginPage = lazy(() => import('@/features/session/login-page').then((m) => ({ default: m.LoginPage })))
const tabLoading = <p role="status">{zh.loading}</p>

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
            {/* Signed out on the shared server only the login page is there: no views to switch to. */}
            {!(session.mode === 'server' && !session.account) && <ViewTabs />}
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
          session.checked && (
            <Suspense fallback={tabLoading}>
              <LoginPage />
            </Suspense>
          )
        ) : (
          <DatasetGate>
            <ViewBar />
            {/* Keyed by view: a tab that failed is tried afresh when the user comes back to it. */}
            <PartBoundary key={view} part={zh.partError.view(viewName[view])}>
              {view === 'progress' ? (
                <Suspense fallback={tabLoading}>
                  <ProgressPage />
                </Suspense>
              ) : view === 'assign' ? (
                <Suspense fallback={tabLoading}>
                  <AssignView />
                </Suspense>
              ) : view === 'report' ? (
                <Suspense fallback={tabLoading}>
                  <BulletinPage />
                </Suspense>
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

/** 县第十八届人大三次会议 → 祁东县第十八届人大三次会议: the county named, as on the report's cover */
const sessionName = (r: { county: string; session: string }) =>
  r.session.startsWith('县') ? `${r.county}${r.session.slice(1)}` : r.session
/** 2023-03-27 → 2023年3月27日 */
const chineseDate = (iso: string) =>
  iso.replace(
    /^(\d{4})-(\d{2})-(\d{2})$/,
    (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`,
  )

function ReportLine() {
  const report = useDataset().report
  return (
    <>
      {/* The header (with the title) is hidden on paper: the printed dashboard still opens with its title. */}
      <p className="mb-1 hidden text-[16pt] font-bold text-red-800 print:block">{zh.appTitle}</p>
      {/* Breaks only between the parts (keep-all), so a phone never splits 县长 from the name. */}
      <p className="mb-4 text-sm break-keep text-slate-600">
        {`${sessionName(report)} · ${chineseDate(report.deliveredOn)} · ${report.speakerTitle} ${report.speaker}`}
      </p>
    </>
  )
}
