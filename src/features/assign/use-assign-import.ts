import { useMemo, useState } from 'react'
import { useDataset } from '@/data/dataset/use-dataset'
import { monitoredItems } from '@/monitoring/item'
import { zhAssign } from '@/i18n/zh-assign'
import { zhExchange } from '@/i18n/zh-exchange'
import { readAssignFile } from '@/data/exchange/assign-file'
import { planAssignImport, type AssignPlan, type AssignProblem } from '@/monitoring/assign-table'
import { itemFrequency } from '@/monitoring/period'
import { getAssignmentVersions, getResponsibility } from '@/stores/use-assignments'
import { assignmentsImported } from '@/stores/assignment-actions'

// The 分解表 import in two steps, as for the entries: read and preview (nothing changes), then 确认导入.

export type AssignImportState =
  | { step: 'idle'; message?: string }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; problems: AssignProblem[] }
  | {
      step: 'preview'
      name: string
      plan: AssignPlan
      skipped: number
      /** The versions the preview was planned against: an item changed since by someone else refuses the import */
      versions: ReadonlyMap<string, string>
      /** The file, to preview it again against the 分解 as it is now */
      file: File
      /** Why 确认导入 was refused: the 分解 changed after this preview (another tab, another user) */
      stale?: string
    }

export function useAssignImport() {
  const data = useDataset()
  const items = useMemo(() => monitoredItems(data).map((t) => ({ id: t.id, name: t.name })), [data])
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items])
  const [state, setState] = useState<AssignImportState>({ step: 'idle' })

  async function fileChosen(file: File) {
    const name = file.name
    setState({ step: 'reading', name })
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      const message = zhExchange.problem.unreadable
      setState({ step: 'refused', name, problems: [{ where: zhExchange.where.file, message }] })
      return
    }
    const result = await readAssignFile(name, bytes, byId, getResponsibility().units)
    if (!result.ok) setState({ step: 'refused', name, problems: result.problems })
    else {
      const versions = getAssignmentVersions()
      const plan = planAssignImport(result.rows, getResponsibility(), (id) => itemFrequency(id))
      setState({ step: 'preview', name, plan, skipped: result.skipped, versions, file })
    }
  }

  async function confirmed() {
    if (state.step !== 'preview') return
    const { added, changed, newUnits, newLeaders } = state.plan
    const result = await assignmentsImported(
      [...added, ...changed.map((c) => c.after)],
      newUnits,
      newLeaders,
      state.versions,
    )
    if (result.stale) {
      // Nothing changed: the file's preview stays, with why, until it is previewed again or cancelled.
      const names = result.stale.itemIds.map((id) => byId.get(id)?.name ?? id)
      setState({ ...state, stale: names.length ? zhAssign.staleImport(names) : result.problem })
      return
    }
    if (result.problem) {
      setState({ step: 'idle', message: result.problem })
      return
    }
    setState({ step: 'idle', message: zhAssign.imported(added.length, changed.length) })
  }

  function cancelled() {
    setState({ step: 'idle', message: state.step === 'preview' ? zhExchange.cancelled : undefined })
  }

  /** After a refusal: the same file planned against the 分解 as it is now */
  function repreviewed() {
    if (state.step === 'preview') void fileChosen(state.file)
  }

  return { state, items, byId, fileChosen, confirmed, cancelled, repreviewed }
}
