import { z } from 'zod'
import { zhEntryInput } from '@/i18n/zh-entry-input'
import { zhExchange } from '@/i18n/zh-exchange'
import { readNarratives, rangeProblem, type TaskDraft, type ValueDraft } from '@/monitoring/entry-input'
import type { Item } from '@/monitoring/item'
import type { BackupExtras } from './format'

// What both import readers (JSON, CSV) produce and check: drafts with the row they came from, or problems.

z.config(z.locales.zhCN())

const p = zhExchange.problem

export type Draft = ValueDraft | TaskDraft
export type ImportProblem = { where: string; message: string }
/** One entry the file carries; id and recordedAt are absent when a filled-in template row leaves them empty */
export type ImportRow = { where: string; id?: string; recordedAt?: string; draft: Draft }
export type ReadResult =
  | { ok: true; rows: ImportRow[]; skipped: number; extras?: BackupExtras }
  | { ok: false; problems: ImportProblem[] }
export type ItemsById = ReadonlyMap<string, Item>

export const refuse = (message: string, at: string = zhExchange.where.file): ReadResult => ({
  ok: false,
  problems: [{ where: at, message }],
})

/** What is wrong with an entry for this target (unknown id, wrong kind, impossible value), if anything */
export function draftProblem(draft: Draft, items: ItemsById): string | undefined {
  const item = items.get(draft.targetId)
  if (!item) return p.unknownTarget(draft.targetId)
  if ((draft.note?.length ?? 0) > 500) return zhEntryInput.noteTooLong
  if ((draft.source?.length ?? 0) > 200) return zhEntryInput.sourceTooLong
  const narrative: Record<string, string> = {}
  readNarratives(draft, narrative)
  const tooLong = Object.values(narrative)[0]
  if (tooLong) return tooLong
  const indicator = item.indicator
  if (!indicator) return draft.type === 'task' ? undefined : p.wrongType(zhExchange.kindTask)
  if (draft.type !== 'value') return p.wrongType(zhExchange.kindIndicator)
  return rangeProblem(indicator, draft.value)
}

/** Notes, sources and narratives are kept trimmed, and an empty one is left out, exactly as the entry form does */
export function tidyDraft(draft: Draft): Draft {
  const { note, source, situation, problems, nextSteps, ...rest } = draft
  const n = note?.trim()
  const s = source?.trim()
  return {
    ...rest,
    ...(n && { note: n }),
    ...(s && { source: s }),
    ...readNarratives({ situation, problems, nextSteps }),
  }
}
