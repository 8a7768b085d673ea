import { z } from 'zod'
import { itemFrequency } from './period'

// Who answers for each 2023 target and task (任务分解): the 单位名录, the 责任领导 and one assignment per item.

/** 县直单位 / 乡镇街道 */
export const unitKindSchema = z.enum(['county', 'township'])

/** A unit's name is its identity: every assignment refers to it by name, so a rename goes through renameUnit */
export const unitSchema = z.object({
  name: z.string().trim().min(1).max(40),
  kind: unitKindSchema,
  retired: z.boolean().default(false),
})

/** 责任领导, e.g. { name: '张三', title: '县委常委、常务副县长' } */
export const leaderSchema = z.object({
  name: z.string().trim().min(1).max(40),
  title: z.string().trim().max(60).optional(),
})

/** 月报 / 季报 / 半年报 / 年报 */
export const frequencySchema = z.enum(['monthly', 'quarterly', 'half-yearly', 'yearly'])

const DEADLINE_RE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/

/** 完成时限: a month 'YYYY-MM' or a real calendar date 'YYYY-MM-DD' */
export const deadlineSchema = z.string().refine((text) => {
  const m = DEADLINE_RE.exec(text)
  if (!m) return false
  if (m[3] === undefined) return true
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
}, '完成时限应为年月（2023-06）或日期（2023-06-30）')

const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为年月，如 2023-09')

/** 节点目标: a value for cumulative targets, or a milestone (开工 / 主体完工 / 竣工 …) for tasks */
export const nodeTargetSchema = z.object({
  period: periodSchema,
  value: z.number().optional(),
  milestone: z.string().trim().min(1).max(40).optional(),
})

const unitName = unitSchema.shape.name

/** A sub-item's own progress as of a month: a cumulative value, or a task state */
export const subItemRecordSchema = z.object({
  asOf: periodSchema,
  value: z.number().optional(),
  taskStatus: z.enum(['not_started', 'in_progress', 'done']).optional(),
})

export const subItemSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  leadUnit: unitName,
  deadline: deadlineSchema.optional(),
  /** Its share of a cumulative quantity, in the item's unit */
  share: z.number().optional(),
  records: z.array(subItemRecordSchema).default([]),
})

export const assignmentSchema = z.object({
  /** The 2023 target or task id, the same as an entry's targetId */
  itemId: z.string().min(1),
  leadUnit: unitName.optional(),
  partnerUnits: z.array(unitName).default([]),
  leader: z.string().trim().min(1).max(40).optional(),
  /** 责任人 */
  owner: z.string().trim().min(1).max(40).optional(),
  deadline: deadlineSchema.optional(),
  frequency: frequencySchema,
  nodes: z.array(nodeTargetSchema).default([]),
  subItems: z.array(subItemSchema).default([]),
})

export const cycleSettingsSchema = z.object({
  /** 报送截止日 */
  dueDay: z.number().int().min(1).max(28).default(25),
  issuer: z.string().trim().min(1).default('祁东县人民政府督查室'),
})

export type UnitKind = z.infer<typeof unitKindSchema>
export type Unit = z.infer<typeof unitSchema>
export type Leader = z.infer<typeof leaderSchema>
export type Frequency = z.infer<typeof frequencySchema>
export type Deadline = z.infer<typeof deadlineSchema>
export type NodeTarget = z.infer<typeof nodeTargetSchema>
export type SubItem = z.infer<typeof subItemSchema>
export type SubItemRecord = z.infer<typeof subItemRecordSchema>
export type Assignment = z.infer<typeof assignmentSchema>
export type CycleSettings = z.infer<typeof cycleSettingsSchema>

export const UNIT_KIND_LABELS: Record<UnitKind, string> = { county: '县直单位', township: '乡镇街道' }
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  monthly: '月报',
  quarterly: '季报',
  'half-yearly': '半年报',
  yearly: '年报',
}

/** GDP and income growth are published by quarter (季报); everything else is reported monthly (月报) */
export function defaultFrequency(item: { id: string }): Frequency {
  return itemFrequency(item.id)
}

/** An unassigned item: no units yet, its default frequency */
export function emptyAssignment(item: { id: string }): Assignment {
  return { itemId: item.id, partnerUnits: [], frequency: defaultFrequency(item), nodes: [], subItems: [] }
}

export type ResponsibilityState = { units: Unit[]; leaders: Leader[]; assignments: Assignment[] }

/** Why a name cannot be a (new) unit name, or undefined when it can */
export function unitNameProblem(units: readonly Unit[], name: string, except?: string): string | undefined {
  const parsed = unitName.safeParse(name)
  if (!parsed.success) return '单位名称应为1至40个字'
  if (parsed.data !== except && units.some((u) => u.name === parsed.data)) return `已有单位：${parsed.data}`
  return undefined
}

/**
 * Renames a unit everywhere it is named (directory, lead and partner units, sub-items); other fields of the
 * state (e.g. accounts) pass through. An unknown `from` or an unusable `to` leaves the state as it is.
 */
export function renameUnit<S extends ResponsibilityState>(state: S, from: string, to: string): S {
  const target = to.trim()
  if (!state.units.some((u) => u.name === from) || unitNameProblem(state.units, target, from)) return state
  if (target === from) return state
  const swap = (name: string) => (name === from ? target : name)
  return {
    ...state,
    units: state.units.map((u) => (u.name === from ? { ...u, name: target } : u)),
    assignments: state.assignments.map((a) => ({
      ...a,
      ...(a.leadUnit !== undefined && { leadUnit: swap(a.leadUnit) }),
      partnerUnits: [...new Set(a.partnerUnits.map(swap))],
      subItems: a.subItems.map((s) => ({ ...s, leadUnit: swap(s.leadUnit) })),
    })),
  }
}

/** The units a chooser offers: retired ones keep their history but are no longer offered */
export const activeUnits = (units: readonly Unit[]): Unit[] => units.filter((u) => !u.retired)

/** Every unit an assignment names: its lead, partners and sub-items' units */
export function unitsOf(a: Assignment): string[] {
  return [
    ...new Set([
      ...(a.leadUnit ? [a.leadUnit] : []),
      ...a.partnerUnits,
      ...a.subItems.map((s) => s.leadUnit),
    ]),
  ]
}
