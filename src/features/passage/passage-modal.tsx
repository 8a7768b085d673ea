import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { reportTextQuery } from '@/data/dataset/report-text-query'
import { findQuoteParagraph, selectPassageItem } from '@/data/select/select-passage'
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
      {passage && <PassageView key={passage} id={passage} />}
    </Dialog>
  )
}

function PassageView({ id }: { id: string }) {
  const item = useQuery({ ...datasetQuery, select: (d) => selectPassageItem(d, id) ?? null })
  const report = useQuery(reportTextQuery)
  if (item.isPending || report.isPending) return <Note role="status">{zhPassage.loading}</Note>
  if (item.isError || report.isError) return <Note role="alert">{zhPassage.loadFailed}</Note>
  if (!item.data) return <Note role="alert">{zhPassage.unknown(id)}</Note>
  const home = findQuoteParagraph(report.data, item.data.quote)
  if (home === -1)
    return (
      <Note role="alert">
        {zhPassage.quoteMissing}“{item.data.quote}”
      </Note>
    )
  return <PassageReader item={item.data} paragraphs={report.data} home={home} />
}

function Note({ role, children }: { role: 'status' | 'alert'; children: ReactNode }) {
  return (
    <p role={role} className="p-6 text-slate-700">
      {children}
    </p>
  )
}
