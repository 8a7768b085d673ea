import { zhEntryInput } from '@/i18n/zh-entry-input'
import { zhNarrative } from '@/i18n/zh-narrative'
import { asOfSchema, type Indicator, type TaskEntry, type ValueEntry } from '@/data/dataset/schema'

// Turns what an official typed into a progress entry, or into Chinese messages per field; nothing is lost.

export type ValueDraft = Omit<ValueEntry, 'id' | 'recordedAt'>
export type TaskDraft = Omit<TaskEntry, 'id' | 'recordedAt'>

export type EntryFields = {
  value: string
  asOf: string
  basis: string
  taskStatus: string
  note: string
  source: string
  /** 进展情况, 存在问题, 下一步措施: optional, ≤ 1,000 characters each */
  situation?: string
  problems?: string
  nextSteps?: string
}
export type FieldErrors = Partial<Record<keyof EntryFields, string>>
type Result<T> = { ok: true; draft: T } | { ok: false; errors: FieldErrors }

const t = zhEntryInput
const fullWidth = /[０-９．－＋％，]/g

// Full-width digits and signs come from Chinese input methods; read them as their ASCII twins.
function normalise(raw: string): string {
  return raw
    .replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/^(-?\d{1,3}(?:,\d{3})+)(?=\.|\D|$)/, (m) => m.replaceAll(',', ''))
}

/** Units the figure may be typed with, besides none */
function acceptedUnits(target: Pick<Indicator, 'measure' | 'unit'>): string[] {
  if (target.measure === 'growth_pct' || target.measure === 'share_pct') return ['%']
  if (target.measure === 'change_pp') return ['个百分点', '百分点']
  if (target.measure === 'rank') return ['名', '位']
  return [target.unit]
}

/** What a figure is checked against: its kind and, when known, the target, so absurd sizes are caught */
export type FigureTarget = Pick<Indicator, 'measure' | 'unit'> & { value?: number }

export function parseFigure(
  target: FigureTarget,
  raw: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const text = normalise(raw)
  if (!text) return { ok: false, message: t.valueRequired }
  const match = /^(第?)([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(.*)$/i.exec(text)
  const [, ordinal = '', digits = '', suffix = ''] = match ?? []
  if (!match || (ordinal && target.measure !== 'rank') || /[\d.]/.test(suffix))
    return { ok: false, message: t.notANumber(raw.trim()) }
  const units = acceptedUnits(target)
  if (suffix && !units.includes(suffix)) return { ok: false, message: t.wrongUnit(suffix, units[0] ?? '') }
  const value = Number(digits)
  const range = rangeProblem(target, value)
  return range ? { ok: false, message: range } : { ok: true, value }
}

// Beyond these a figure is a typing slip (an extra 000, a unit mixed up), not news: refused so it cannot skew a status.
const MAX_GROWTH_PCT = 1000
const MAX_POINTS = 100
const MAX_RANK = 1000
const MAX_TIMES_TARGET = 1000

/** Why a value cannot be right for this kind of measure (or this target), if it cannot */
export function rangeProblem(target: Pick<FigureTarget, 'measure' | 'value'>, v: number): string | undefined {
  const { measure } = target
  if (!Number.isFinite(v)) return t.notFinite
  if (measure === 'growth_pct' && v <= -100) return t.growthTooLow
  if (measure === 'growth_pct' && v > MAX_GROWTH_PCT) return t.growthTooHigh(MAX_GROWTH_PCT)
  if (measure === 'change_pp' && Math.abs(v) > MAX_POINTS) return t.pointsOutOfRange(MAX_POINTS)
  if (measure === 'rank' && v > MAX_RANK) return t.rankTooLarge(MAX_RANK)
  if (
    (measure === 'level' || measure === 'count') &&
    target.value !== undefined &&
    target.value > 0 &&
    v > target.value * MAX_TIMES_TARGET
  )
    return t.farAboveTarget(MAX_TIMES_TARGET)
  if (measure === 'share_pct' && (v < 0 || v > 100)) return t.shareOutOfRange
  if (measure === 'count' && (v < 0 || !Number.isInteger(v))) return t.countInvalid
  if (measure === 'level' && v < 0) return t.levelNegative
  if (measure === 'rank' && (v < 1 || !Number.isInteger(v))) return t.rankInvalid
  return undefined
}

/** The standard narrative of a 督查 report, in the order a report states it */
export const NARRATIVE_KEYS = ['situation', 'problems', 'nextSteps'] as const
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number]
export const NARRATIVE_MAX = 1000

/** Trimmed narratives, empty ones left out; a too long one gets its message in `errors` */
export function readNarratives(
  fields: Partial<Record<NarrativeKey, string>>,
  errors: Partial<Record<NarrativeKey, string>> = {},
): Partial<Record<NarrativeKey, string>> {
  const kept: Partial<Record<NarrativeKey, string>> = {}
  for (const key of NARRATIVE_KEYS) {
    const text = fields[key]?.trim()
    if (!text) continue
    if (text.length > NARRATIVE_MAX) errors[key] = t.narrativeTooLong(zhNarrative[key], NARRATIVE_MAX)
    kept[key] = text
  }
  return kept
}

function common(fields: EntryFields, errors: FieldErrors) {
  const asOf = asOfSchema.safeParse(fields.asOf)
  if (!asOf.success)
    errors.asOf = fields.asOf ? (asOf.error.issues[0]?.message ?? t.asOfInvalid) : t.asOfRequired
  const note = fields.note.trim()
  const source = fields.source.trim()
  if (note.length > 500) errors.note = t.noteTooLong
  if (source.length > 200) errors.source = t.sourceTooLong
  return {
    asOf: fields.asOf,
    ...(note && { note }),
    ...(source && { source }),
    ...readNarratives(fields, errors),
  }
}

export function validateValueEntry(target: Indicator, fields: EntryFields): Result<ValueDraft> {
  const errors: FieldErrors = {}
  const rest = common(fields, errors)
  const figure = parseFigure(target, fields.value)
  if (!figure.ok) errors.value = figure.message
  if (fields.basis !== 'provisional' && fields.basis !== 'final') errors.basis = t.basisRequired
  if (!figure.ok || Object.keys(errors).length) return { ok: false, errors }
  const basis = fields.basis as ValueDraft['basis']
  return { ok: true, draft: { type: 'value', targetId: target.id, value: figure.value, basis, ...rest } }
}

export function validateTaskEntry(taskId: string, fields: EntryFields): Result<TaskDraft> {
  const errors: FieldErrors = {}
  const rest = common(fields, errors)
  const statuses = ['not_started', 'in_progress', 'done'] as const
  const taskStatus = statuses.find((s) => s === fields.taskStatus)
  if (!taskStatus) errors.taskStatus = t.taskStatusRequired
  if (!taskStatus || Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, draft: { type: 'task', targetId: taskId, taskStatus, ...rest } }
}
