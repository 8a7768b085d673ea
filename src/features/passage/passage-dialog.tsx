import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { datasetQuery } from '@/data/dataset/dataset-query'
import { reportTextQuery } from '@/data/dataset/report-text-query'
import { findQuoteParagraph, selectSourceItem } from '@/data/select/select-passage'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { SourceReader } from './passage-reader'

// The 原文 view: open while ?source= names an indicator or task; closing clears it.
export function SourceDialog() {
  const source = useUrlValue('source')
  return (
    <Dialog
      open={source !== ''}
      title={zh.sourceTitle}
      onClose={() => {
        if (source) updateUrlState({ source: '' })
      }}
    >
      {source && <SourceView key={source} id={source} />}
    </Dialog>
  )
}

function SourceView({ id }: { id: string }) {
  const item = useQuery({ ...datasetQuery, select: (d) => selectSourceItem(d, id) ?? null })
  const report = useQuery(reportTextQuery)
  if (item.isPending || report.isPending) return <Note role="status">{zh.sourceLoading}</Note>
  if (item.isError || report.isError) return <Note role="alert">{zh.sourceLoadFailed}</Note>
  if (!item.data) return <Note role="alert">{zh.sourceUnknown(id)}</Note>
  const home = findQuoteParagraph(report.data, item.data.quote)
  if (home === -1)
    return (
      <Note role="alert">
        {zh.sourceQuoteMissing}“{item.data.quote}”
      </Note>
    )
  return <SourceReader item={item.data} paragraphs={report.data} home={home} />
}

function Note({ role, children }: { role: 'status' | 'alert'; children: ReactNode }) {
  return (
    <p role={role} className="p-6 text-slate-700">
      {children}
    </p>
  )
}
