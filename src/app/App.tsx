import { useSuspenseQuery } from '@tanstack/react-query'
import { datasetQuery } from '@/data/dataset-query'
import { zh } from '@/i18n/zh'
import { GlossaryButton } from '@/features/glossary/glossary-button'
import { GlossaryDrawer } from '@/features/glossary/glossary-drawer'
import { DatasetGate } from './dataset-gate'

export function App() {
  return (
    <div className="min-h-screen">
      <header className="bg-red-800 text-white shadow">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
          <h1 className="text-lg font-semibold sm:text-xl">{zh.appTitle}</h1>
          <GlossaryButton />
        </div>
      </header>
      <main className="mx-auto max-w-screen-2xl px-4 py-4 sm:px-6">
        <DatasetGate>
          <ReportLine />
        </DatasetGate>
      </main>
      {/* Last, so that a drawer opened from inside another dialog stacks above it. */}
      <GlossaryDrawer />
    </div>
  )
}

function ReportLine() {
  const { data: report } = useSuspenseQuery({ ...datasetQuery, select: (d) => d.report })
  return (
    <p className="text-sm text-slate-600">
      {report.session} · {report.deliveredOn} · {report.speakerTitle} {report.speaker}
    </p>
  )
}
