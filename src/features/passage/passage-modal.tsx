import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { useDatasetState } from '@/data/dataset/use-dataset'
import { reportTextQuery } from '@/data/dataset/report-text-query'
import { findQuoteParagraph, selectPassageItem } from '@/data/select/select-passage'
import { ServerState } from '@/data/server-state'
import { updateUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { zhPassage } from '@/i18n/zh-passage'
import { PassageReader } from './passage-reader'

// The 原文 view itself, loaded off the first screen's path (passage-dialog.tsx); closing clears ?passage=.
export function PassageModal({ open, passage }: { open: boolean; passage: string }) {
  return (
    <Dialog
      open={open}
      title={zh.passageTitle}
      onClose={() => {
        if (passage) updateUrlState({ passage: '' })
      }}
    >
      {passage && (
        <ServerState>
          <PassageView key={passage} id={passage} />
        </ServerState>
      )}
    </Dialog>
  )
}

function PassageView({ id }: { id: string }) {
  const dataset = useDatasetState()
  const report = useQuery(reportTextQuery)
  if (dataset.status === 'pending' || report.isPending) return <Note role="status">{zhPassage.loading}</Note>
  if (dataset.status === 'error' || report.isError) return <Note role="alert">{zhPassage.loadFailed}</Note>
  const item = selectPassageItem(dataset.data, id)
  if (!item) return <Note role="alert">{zhPassage.unknown(id)}</Note>
  const home = findQuoteParagraph(report.data, item.quote)
  if (home === -1)
    return (
      <Note role="alert">
        {zhPassage.quoteMissing}“{item.quote}”
      </Note>
    )
  return <PassageReader item={item} paragraphs={report.data} home={home} />
}

function Note({ role, children }: { role: 'status' | 'alert'; children: ReactNode }) {
  return (
    <p role={role} className="p-6 text-slate-700">
      {children}
    </p>
  )
}
