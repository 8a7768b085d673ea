import type { z } from 'zod'
import { issuedBulletinSchema, type IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import { issueHolder, issueTakenMessage } from '@/monitoring/issue-number'
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
  /** A rule across the kind (a 通报's 期数 once a year): the refusal, given the others already kept */
  refused?: (doc: never, others: unknown[]) => ApiError | undefined
}

/** The 期数 rule of the app (src/monitoring/issue-number.ts); a stored one that no longer parses holds nothing */
function issueTaken(doc: IssuedBulletin, others: unknown[]): ApiError | undefined {
  const issued = others.flatMap((o) => {
    const parsed = issuedBulletinSchema.safeParse(o)
    return parsed.success ? [parsed.data] : []
  })
  const holder = issueHolder(issued, doc)
  if (!holder) return undefined
  return new ApiError(409, 'issue_taken', issueTakenMessage(issued, holder), {
    taken: { id: holder.id, issue: holder.header.issue, issuedOn: holder.header.issuedOn },
  })
}

const rules: Rule[] = [
  {
    prefix: 'bulletin:',
    schema: issuedBulletinSchema,
    issued: '这期通报已经印发，不能修改；如需更正，请印发新的一期',
    refused: issueTaken,
  },
  { prefix: 'supervision:', schema: supervisionNoticeSchema, issued: '这份督办单已经签发，不能修改' },
]

const ruleOf = (key: string) => rules.find((r) => key.startsWith(r.prefix))

/** The body to store (parsed), or an ApiError; `exists` says whether the key already holds a document */
export function checkedDocument(key: string, body: unknown, exists: boolean, current?: unknown): unknown {
  const rule = ruleOf(key)
  if (!rule) return body
  if (exists) throw new ApiError(409, 'already_issued', rule.issued, { current: current ?? null })
  const parsed = rule.schema.safeParse(body)
  if (!parsed.success) throw new ApiError(400, 'invalid_document', `内容不正确：${problemOf(parsed.error)}`)
  if (`${rule.prefix}${parsed.data.id}` !== key)
    throw new ApiError(400, 'invalid_document', `文档键应为 ${rule.prefix}${parsed.data.id}`)
  return parsed.data
}

/**
 * Refuses a new document that takes what another of its kind holds. `others` reads the kind's stored bodies; the
 * caller holds the write lock, so two simultaneous saves are checked one after the other.
 */
export async function assertFree(key: string, doc: unknown, others: (prefix: string) => Promise<unknown[]>) {
  const rule = ruleOf(key)
  if (!rule?.refused) return
  const refusal = rule.refused(doc as never, await others(rule.prefix))
  if (refusal) throw refusal
}
