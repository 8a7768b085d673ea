import { z } from 'zod'
import { STATUSES } from './status'

// An issued 通报 is a frozen copy of everything it said; stored like the entries and parsed again when read.

export const blockKeySchema = z.enum(['economy', 'quantity', 'task'])
export const lightSchema = z.enum(['red', 'yellow', 'blue', 'green'])

export const bulletinRowSchema = z.object({
  no: z.number().int().positive(),
  id: z.string().min(1),
  name: z.string(),
  sector: z.string(),
  block: blockKeySchema,
  target: z.string(),
  status: z.enum(STATUSES),
  /** The status as worded when issued; 通报 issued before it was kept read `no_data` as 无数据 (bulletin.ts rowStatusLabel) */
  statusLabel: z.string().max(20).optional(),
  latest: z.string(),
  line: z.string(),
  responsibility: z.string(),
  light: lightSchema,
  lightReasons: z.array(z.string()),
  leadUnit: z.string().optional(),
  leader: z.string().optional(),
  situation: z.string().optional(),
  problems: z.string().optional(),
  nextSteps: z.string().optional(),
})

export const bulletinBodySchema = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  month: z.number().int().min(1).max(12),
  total: z.number().int().min(0),
  counts: z.array(z.object({ status: z.enum(STATUSES), n: z.number().int().min(0) })),
  overall: z.string(),
  blocks: z.array(
    z.object({ key: blockKeySchema, summary: z.string(), lagging: z.array(bulletinRowSchema) }),
  ),
  highlights: z.array(bulletinRowSchema),
  unreported: z.array(
    z.object({ unit: z.string(), items: z.array(z.object({ no: z.number().int(), name: z.string() })) }),
  ),
  /** 逾期报送 units (recorded after the 报送截止日) */
  late: z
    .array(
      z.object({ unit: z.string(), items: z.array(z.object({ no: z.number().int(), name: z.string() })) }),
    )
    .default([]),
  /** 六、未报送情况 as worded when built; 通报 issued before it was kept are worded as then (bulletin-unreported.ts) */
  unreportedWording: z.object({ summary: z.string(), lines: z.array(z.string()) }).optional(),
  rows: z.array(bulletinRowSchema),
})

/** The header a clerk sets before issuing: 标题, 期数, 发文机关, 印发日期, and the 下步工作要求 */
export const bulletinHeaderSchema = z.object({
  title: z.string().trim().min(1, '请填写标题').max(120),
  issue: z.number().int().min(1, '期数应为正整数').max(999),
  issuer: z.string().trim().min(1, '请填写发文机关').max(60),
  issuedOn: z.iso.date('印发日期应为日期，如 2023-10-08'),
  requirements: z.string().max(3000),
})

export const issuedBulletinSchema = z.object({
  id: z.string().min(1).max(64),
  header: bulletinHeaderSchema,
  body: bulletinBodySchema,
  /** Filters in force when issued, in words; empty for the whole county */
  scope: z.string().max(300).default(''),
  /** When 印发 was pressed (ISO) */
  issuedAt: z.iso.datetime(),
})

export type BulletinRow = z.infer<typeof bulletinRowSchema>
export type BulletinBody = z.infer<typeof bulletinBodySchema>
export type BulletinHeader = z.infer<typeof bulletinHeaderSchema>
export type IssuedBulletin = z.infer<typeof issuedBulletinSchema>

/** Deep-frozen, so nothing that holds a snapshot can change what was issued */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

type Worded = Pick<BulletinRow, 'status' | 'statusLabel'>
export type StatusChange = {
  no: number
  name: string
  /** The row of the earlier 通报 and of this one, for their status as each worded it (bulletin.ts rowStatusLabel) */
  from?: Worded
  to?: Worded
}

/** 与上期比较: the items whose status differs between two 通报 (present in either) */
export function compareBulletins(previous: BulletinBody, current: BulletinBody): StatusChange[] {
  const before = new Map(previous.rows.map((r) => [r.id, r]))
  const after = new Map(current.rows.map((r) => [r.id, r]))
  const changes: StatusChange[] = []
  for (const r of current.rows) {
    const b = before.get(r.id)
    if (b?.status !== r.status) changes.push({ no: r.no, name: r.name, ...(b && { from: b }), to: r })
  }
  for (const b of previous.rows) if (!after.has(b.id)) changes.push({ no: b.no, name: b.name, from: b })
  return changes.sort((x, y) => x.no - y.no)
}
