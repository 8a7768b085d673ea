import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { datasetQuery } from '@/data/dataset/dataset-query'
import type { ImportProblem } from '@/data/exchange/draft'
import { planImport, type ImportPlan } from '@/data/exchange/plan'
import { readImportFile, sizeProblem } from '@/data/exchange/read'
import { monitoredItems } from '@/monitoring/item'
import { zh } from '@/i18n/zh'
import { entriesImported, getEntries, newId } from '@/stores/use-progress'

// Import in two steps: read and preview (nothing changes), then 确认导入 applies exactly what was previewed.

export type ImportState =
  | { step: 'idle'; message?: string }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; problems: ImportProblem[] }
  | { step: 'preview'; name: string; plan: ImportPlan; skipped: number }

export function useImport() {
  const { data } = useSuspenseQuery(datasetQuery)
  const items = useMemo(() => monitoredItems(data), [data])
  const byId = useMemo(() => new Map(items.map((t) => [t.id, t])), [items])
  const [state, setState] = useState<ImportState>({ step: 'idle' })

  async function fileChosen(file: File) {
    const name = file.name
    const tooBig = sizeProblem(file.size)
    if (tooBig) {
      setState({ step: 'refused', name, problems: [{ where: zh.exchange.where.file, message: tooBig }] })
      return
    }
    setState({ step: 'reading', name })
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      setState({
        step: 'refused',
        name,
        problems: [{ where: zh.exchange.where.file, message: zh.exchange.problem.unreadable }],
      })
      return
    }
    const result = await readImportFile(name, bytes, byId)
    if (!result.ok) setState({ step: 'refused', name, problems: result.problems })
    else {
      const plan = planImport(result.rows, getEntries(), { now: new Date().toISOString(), newId })
      setState({ step: 'preview', name, plan, skipped: result.skipped })
    }
  }

  function confirmed() {
    if (state.step !== 'preview') return
    const { added, changed } = state.plan
    entriesImported([...added, ...changed.map((c) => c.after)])
    setState({ step: 'idle', message: zh.exchange.imported(added.length, changed.length) })
  }

  function cancelled() {
    setState({ step: 'idle', message: state.step === 'preview' ? zh.exchange.cancelled : undefined })
  }

  return { state, items, fileChosen, confirmed, cancelled }
}
