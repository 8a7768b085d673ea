import type { z } from 'zod'
import { issuedBulletinSchema } from '@/monitoring/bulletin-snapshot'
import { problemOf } from '@/monitoring/keep-valid'
import { supervisionNoticeSchema } from '@/monitoring/supervision'
import { ApiError } from './errors'

// What the server knows of some keyed documents: an issued 通报 or 督办单 is parsed with the app's own schema,
// stored under its own id, and never changed once kept (the UI hiding an edit is not a rule).

type Rule = {
  prefix: string
  schema: z.ZodType<{ id: string }>
  /** Why a second save under the same key is refused */
  issued: string
}

const rules: Rule[] = [
  {
    prefix: 'bulletin:',
    schema: issuedBulletinSchema,
    issued: '这期通报已经印发，不能修改；如需更正，请印发新的一期',
  },
  { prefix: 'supervision:', schema: supervisionNoticeSchema, issued: '这份督办单已经签发，不能修改' },
]

/** The body to store (parsed), or an ApiError; `exists` says whether the key already holds a document */
export function checkedDocument(key: string, body: unknown, exists: boolean, current?: unknown): unknown {
  const rule = rules.find((r) => key.startsWith(r.prefix))
  if (!rule) return body
  if (exists) throw new ApiError(409, 'already_issued', rule.issued, { current: current ?? null })
  const parsed = rule.schema.safeParse(body)
  if (!parsed.success) throw new ApiError(400, 'invalid_document', `内容不正确：${problemOf(parsed.error)}`)
  if (`${rule.prefix}${parsed.data.id}` !== key)
    throw new ApiError(400, 'invalid_document', `文档键应为 ${rule.prefix}${parsed.data.id}`)
  return parsed.data
}
