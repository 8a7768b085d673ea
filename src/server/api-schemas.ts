import { z } from 'zod'
import { taskEntrySchema, valueEntrySchema } from '@/data/dataset/schema'
import { assignmentSchema, leaderSchema, unitKindSchema, unitSchema } from '@/monitoring/responsibility'

// The API's shapes, built from the shared domain schemas: validation, reply types and OpenAPI all come from here.

export const errorSchema = z
  .object({ code: z.string(), message: z.string() })
  .loose()
  .meta({ description: '错误：code 供程序判断，message 为中文说明' })

export const roleSchema = z.enum(['admin', 'reporter', 'leader'])
export const userSchema = z.object({
  id: z.number(),
  login: z.string(),
  name: z.string(),
  role: roleSchema,
  unit: z.string().nullable(),
  disabled: z.boolean(),
})
export const loginSchema = z.string().trim().min(1).max(40)
export const sessionSchema = z.object({ user: userSchema, csrfToken: z.string() })

const reviewSchema = z.object({
  status: z.enum(['pending', 'approved', 'returned']).meta({ description: '待审核 / 通过 / 退回' }),
  reason: z.string().nullable(),
  by: z.string().nullable(),
  /** 姓名（单位） of the reviewer, or the login when the account has no 姓名 */
  byName: z.string().nullable().optional(),
  at: z.string().nullable(),
})
const meta = {
  version: z.number().int(),
  review: reviewSchema,
  recordedBy: z.string().nullable(),
  /** 姓名（单位） of who recorded it, or the login when the account has no 姓名 */
  recordedByName: z.string().nullable().optional(),
}
export const entryRecordSchema = z.discriminatedUnion('type', [
  valueEntrySchema.extend(meta),
  taskEntrySchema.extend(meta),
])

const draftFields = { id: true, recordedAt: true } as const
const newId = { id: valueEntrySchema.shape.id.optional() }
/** POST body: an entry in the exchange format; the server sets recordedAt, and id when the client sends none */
export const newEntrySchema = z.discriminatedUnion('type', [
  valueEntrySchema.omit(draftFields).extend(newId),
  taskEntrySchema.omit(draftFields).extend(newId),
])
/** PUT body: the whole entry as it should now be */
export const entryDraftSchema = z.discriminatedUnion('type', [
  valueEntrySchema.omit(draftFields),
  taskEntrySchema.omit(draftFields),
])

export const assignmentRecordSchema = assignmentSchema.extend({ version: z.number().int() })
export const assignmentInputSchema = assignmentSchema.omit({ itemId: true })
export { assignmentSchema, leaderSchema, unitKindSchema, unitSchema }

export const eventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  /** 姓名（单位） of the account, or its login when it has no 姓名 */
  actorName: z.string().optional(),
  kind: z.string().meta({
    description:
      'entry.created / entry.updated / entry.deleted / entry.reviewed / assignment.updated / unit.renamed / comment.added …',
  }),
  itemId: z.string().nullable(),
  subject: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
})
export const commentSchema = z.object({
  id: z.number(),
  itemId: z.string(),
  author: z.string(),
  /** 姓名（单位） of the author, or the login when the account has no 姓名 */
  authorName: z.string().optional(),
  text: z.string(),
  at: z.string(),
})

export const ifMatchHeaders = z.object({
  'if-match': z.string().optional().meta({ description: '记录的版本号，如 "3"；与当前版本不符时返回 409' }),
})

export const okSchema = z.object({ ok: z.literal(true) })
export const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 413 | 428 | 429)[]) =>
  Object.fromEntries(codes.map((c) => [c, errorSchema]))
