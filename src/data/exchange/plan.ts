import { tidyDraft, type Draft, type ImportRow } from './draft'
import type { ProgressEntry } from '@/data/dataset/schema'
import { entryIndex } from '@/monitoring/entry-index'
import { latestEntry } from '@/monitoring/status'

// The import preview: which file rows add an entry, which change one, which match what is already there.

export type ImportPlan = {
  added: ProgressEntry[]
  changed: { before: ProgressEntry; after: ProgressEntry }[]
  unchanged: number
}

/** The parts of an entry that carry information, in a fixed order; recordedAt and id are bookkeeping */
function content(entry: Draft): string {
  const d = tidyDraft(entry)
  const figure = d.type === 'value' ? [d.value, d.basis] : [d.taskStatus]
  const narrative = [d.situation ?? '', d.problems ?? '', d.nextSteps ?? '']
  return JSON.stringify([d.type, d.targetId, d.asOf, ...figure, d.note ?? '', d.source ?? '', ...narrative])
}

export function sameContent(a: Draft, b: Draft): boolean {
  return content(a) === content(b)
}

/**
 * A row with an id updates that entry; a row without one (a filled-in template) updates the entry of the same
 * target and month if there is one. A changed entry takes the file's recordedAt when the file brings a new one,
 * otherwise the time of import.
 */
export function planImport(
  rows: readonly ImportRow[],
  existing: readonly ProgressEntry[],
  options: { now: string; newId: () => string },
): ImportPlan {
  const byId = new Map(existing.map((e) => [e.id, e]))
  const named = new Set(rows.flatMap((r) => (r.id === undefined ? [] : [r.id])))
  const index = entryIndex(existing)
  const plan: ImportPlan = { added: [], changed: [], unchanged: 0 }
  for (const row of rows) {
    const { draft } = row
    const before =
      row.id !== undefined
        ? byId.get(row.id)
        : latestEntry(index.at(draft.targetId, draft.asOf).filter((e) => !named.has(e.id)))
    if (!before) {
      plan.added.push({ ...draft, id: row.id ?? options.newId(), recordedAt: row.recordedAt ?? options.now })
    } else if (sameContent(before, draft)) {
      plan.unchanged++
    } else {
      const recordedAt = row.recordedAt && row.recordedAt !== before.recordedAt ? row.recordedAt : options.now
      plan.changed.push({ before, after: { ...draft, id: before.id, recordedAt } })
    }
  }
  return plan
}
