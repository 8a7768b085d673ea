import type { ReactNode } from 'react'
import { useDatasetState } from '@/data/dataset/use-dataset'
import { DatasetError } from '@/data/dataset/dataset-error'
import { zh } from '@/i18n/zh'
import { ReloadButton } from './reload-button'

// Renders its children only once the dataset has loaded and passed validation.
export function DatasetGate({ children }: { children: ReactNode }) {
  const state = useDatasetState()
  if (state.status === 'pending')
    return (
      <p role="status" className="p-8 text-center text-slate-500">
        {zh.loading}
      </p>
    )
  if (state.status === 'error') return <DatasetFailure error={state.error} />
  return children
}

function DatasetFailure({ error }: { error: Error }) {
  const problems = error instanceof DatasetError ? error.problems : null
  return (
    <section role="alert" className="mx-auto my-8 max-w-3xl rounded-lg border border-red-200 bg-white p-6">
      <h2 className="text-lg font-semibold text-red-800">
        {problems ? zh.datasetInvalidTitle : zh.loadFailedTitle}
      </h2>
      {problems ? (
        <>
          <p className="mt-2 text-slate-700">{zh.datasetInvalidHint}</p>
          <ul className="mt-3 list-disc space-y-1 pl-6 text-sm text-slate-800">
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <code>{p.record}</code> 字段 <code>{p.field}</code>：{p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-slate-700">{error.message}</p>
      )}
      <ReloadButton />
    </section>
  )
}
