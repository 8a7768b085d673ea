import { z } from 'zod'
import '@/lib/zod-jitless'
import { MEASURES } from './measures'

// The single definition of the dataset format: every type in the app is inferred from here.

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '应为小写字母、数字和连字符组成的标识')

export const sectorSchema = z.object({
  id: slug,
  /** Short Chinese label for tabs and chips, e.g. 产业发展 */
  short: z.string().min(1),
  /** The heading as the report writes it, e.g. （一）坚持工业强县、实业兴县，让产业质效更优 */
  heading: z.string().min(1),
  /** false for the extra sectors that are not one of the seven 2023 work areas */
  workArea: z.boolean(),
  order: z.number().int(),
})

export const measureSchema = z.enum(MEASURES)

export const comparatorSchema = z.enum([
  'about', // 左右
  'at_least', // 以上, 突破, 超过, 超, 不低于
  'at_most', // 以内, 控制在, 不超过, 低于
  'exact',
])

export const indicatorSchema = z.object({
  id: slug,
  sector: slug,
  /** Short Chinese name, e.g. 地区生产总值增速 */
  name: z.string().min(1),
  year: z.union([z.literal(2022), z.literal(2023)]),
  kind: z.enum(['outcome', 'target']),
  value: z.number(),
  /** The figure exactly as written in the quote: "359.07", "第一", "十", "1.02" */
  written: z.string().min(1),
  /** Unit as written: 亿元, %, 个, 家, 万亩, 公里, 户, 人, 百分点 … */
  unit: z.string(),
  measure: measureSchema,
  comparator: comparatorSchema,
  /** The qualifier word as the report writes it (左右, 以上, 突破, 超, 以内 …), when there is one */
  qualifier: z.string().min(1).optional(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  /** The shortest exact substring of the report that carries the figure and makes it understandable */
  quote: z.string().min(1),
  /** One of the six 主要预期目标 of 2023, or its 2022 counterpart */
  headline: z.boolean().optional(),
  /** The indicator of the other year that measures the same thing */
  pairId: slug.optional(),
  /** Set when the paired definitions differ slightly (净增 vs 新增): says how */
  pairNote: z.string().min(1).optional(),
})

export const taskSchema = z.object({
  id: slug,
  sector: slug,
  /** Short Chinese name, e.g. 建成湘江引水工程 */
  name: z.string().min(1),
  /** Exact substring of the report */
  quote: z.string().min(1),
})

export const glossaryTermSchema = z.object({
  /** Its number in 名词解释 (1–39) */
  no: z.number().int().positive(),
  /** The term without quotation marks, e.g. 三主三特 */
  term: z.string().min(1),
  /** The definition verbatim */
  definition: z.string().min(1),
  /** The forms under which the body of the report uses the term, e.g. ["原地倍增"], longest first */
  match: z.array(z.string().min(1)).min(1),
})

export const reportSchema = z.object({
  title: z.string().min(1),
  county: z.string().min(1),
  session: z.string().min(1),
  deliveredOn: z.iso.date(),
  speaker: z.string().min(1),
  /** The speaker's office as written, e.g. 祁东县人民政府县长 */
  speakerTitle: z.string().min(1),
})

export const datasetSchema = z.object({
  report: reportSchema,
  sectors: z.array(sectorSchema).min(1),
  indicators: z.array(indicatorSchema),
  tasks: z.array(taskSchema),
  glossary: z.array(glossaryTermSchema),
})

export type Sector = z.infer<typeof sectorSchema>
export type Measure = z.infer<typeof measureSchema>
export type Comparator = z.infer<typeof comparatorSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type Task = z.infer<typeof taskSchema>
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
export type Report = z.infer<typeof reportSchema>
export type Dataset = z.infer<typeof datasetSchema>

// ── Monitoring: in-year progress entries recorded by users (untrusted: parsed at storage and import). ──

/** An as-of month within the report year, e.g. "2023-06" = 1–6月累计 */
export const asOfSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '日期格式应为 YYYY-MM，例如 2023-06')
  .refine((s) => s.startsWith('2023-'), '日期须在2023年内')

const entryCommon = {
  /** Unique per entry */
  id: z.string().min(1).max(64),
  /** The 2023 target indicator or task this entry is about */
  targetId: slug,
  asOf: asOfSchema,
  note: z.string().max(500).optional(),
  source: z.string().max(200).optional(),
  // The standard narrative of a 督查 report (杭州's 进展情况、存在的问题和下一步措施)
  /** 进展情况 */
  situation: z.string().max(1000).optional(),
  /** 存在问题 */
  problems: z.string().max(1000).optional(),
  /** 下一步措施 */
  nextSteps: z.string().max(1000).optional(),
  /** When it was recorded or last edited (ISO date-time) */
  recordedAt: z.iso.datetime(),
}

export const valueEntrySchema = z.object({
  ...entryCommon,
  type: z.literal('value'),
  /** A growth rate in % for growth targets; a cumulative value in the target's unit for level and count targets */
  value: z.number(),
  /** 预计 (provisional) or 正式 (final) */
  basis: z.enum(['provisional', 'final']),
})

export const taskEntrySchema = z.object({
  ...entryCommon,
  type: z.literal('task'),
  /** 未开始 / 推进中 / 已完成 */
  taskStatus: z.enum(['not_started', 'in_progress', 'done']),
})

export const progressEntrySchema = z.discriminatedUnion('type', [valueEntrySchema, taskEntrySchema])

export type ValueEntry = z.infer<typeof valueEntrySchema>
export type TaskEntry = z.infer<typeof taskEntrySchema>
export type ProgressEntry = z.infer<typeof progressEntrySchema>

/** The monitoring settings kept in the browser: 超进度/欠进度 tolerance and the 报送截止日 (本期 lives in the URL) */
export const monitorSettingsSchema = z.object({
  /** In percentage points of completion, for cumulative targets */
  tolerancePp: z.number().min(0).max(30),
  /** 报送截止日: units report each month's figures by this day of the month (1–28, so every month has it) */
  dueDay: z.number().int().min(1).max(28),
})

export type MonitorSettings = z.infer<typeof monitorSettingsSchema>
