import { useMemo, useState } from 'react'
import { useDataset } from '@/data/dataset/use-dataset'
import type { ImportProblem } from '@/data/exchange/draft'
import type { ImportPlan } from '@/data/exchange/plan'
import { sizeProblem } from '@/data/exchange/read'
import { runImport } from '@/data/exchange/run-import'
import { planRestore, type RestorePlan } from '@/data/exchange/restore'
import { monitoredItems } from '@/monitoring/item'
import { zhExchange } from '@/i18n/zh-exchange'
import { zhLedger } from '@/i18n/zh-ledger'
import { getResponsibility } from '@/stores/use-assignments'
import { assignmentsImported } from '@/stores/assignment-actions'
import { getMonitorSettings, settingsRestored } from '@/stores/use-monitor-settings'
import { entriesImported, getEntries } from '@/stores/use-progress'

// Import in two steps: read and preview (nothing changes), then 确认导入 applies exactly what was previewed.

export type ImportState =
  | { step: 'idle'; message?: string }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; problems: ImportProblem[] }
  | {
      step: 'preview'
      name: string
      plan: ImportPlan
      skipped: number
      restore: RestorePlan
      failure?: string
    }

export function useImport() {
  const data = useDataset()
  const items = useMemo(() => monitoredItems(data), [data])
  const byId = useMemo(() => new Map(items.map((t) => [t.id, t])), [items])
  const [state, setState] = useState<ImportState>({ step: 'idle' })

  async function fileChosen(file: File) {
    const name = file.name
    const tooBig = sizeProblem(file.size)
    if (tooBig) {
      setState({ step: 'refused', name, problems: [{ where: zhExchange.where.file, message: tooBig }] })
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
        problems: [{ where: zhExchange.where.file, message: zhExchange.problem.unreadable }],
      })
      return
    }
    const now = new Date().toISOString()
    const result = await runImport({ name, bytes, items: byId, existing: getEntries(), now })
    if (!result.ok) setState({ step: 'refused', name, problems: result.problems })
    else {
      const current = { settings: getMonitorSettings(), responsibility: getResponsibility() }
      const restore = planRestore(result.extras, current)
      setState({ step: 'preview', name, plan: result.plan, skipped: result.skipped, restore })
    }
  }

  async function confirmed() {
    if (state.step !== 'preview') return
    const { added, changed } = state.plan
    const saved = await entriesImported([...added, ...changed.map((c) => c.after)])
    // Nothing kept: the preview stays open with the reason, so the user can free space and confirm again.
    if (!saved.ok) {
      setState({ ...state, failure: zhLedger.importNotSaved(saved.failure.message) })
      return
    }
    const problem = await restored(state.restore)
    const message = zhExchange.imported(added.length, changed.length)
    setState({ step: 'idle', message: problem ? `${message} ${problem}` : message })
  }

  function cancelled() {
    setState({ step: 'idle', message: state.step === 'preview' ? zhExchange.cancelled : undefined })
  }

  return { state, items, fileChosen, confirmed, cancelled }
}

// A backup's settings and 单位名录/分解 come back with its entries (the file wins for an item it assigns).
async function restored({ settings, units, leaders, assignments }: RestorePlan): Promise<string | undefined> {
  const problem = settings.length
    ? await settingsRestored(Object.fromEntries(settings.map(({ key, after }) => [key, after])))
    : undefined
  if (units.length + leaders.length + assignments.length === 0) return problem
  const kept = await assignmentsImported(assignments, units, leaders)
  return [problem, kept.problem].filter(Boolean).join(' ') || undefined
}
