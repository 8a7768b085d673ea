import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireUser } from '../auth'
import type { Ctx } from '../context'
import { inSnapshot, type Db } from '../db/database'
import {
  createEntry,
  deleteEntry,
  entryView,
  findEntry,
  listEntries,
  reviewEntry,
  updateEntry,
  type EntryRecord,
} from '../db/entries'
import { withName, withNames } from '../db/users'
import { lastEventId } from '../db/events'
import { ApiError, notFound } from '../errors'
import {
  entryDraftSchema,
  entryRecordSchema,
  errors,
  ifMatchHeaders,
  newEntrySchema,
  okSchema,
} from '../api-schemas'
import { ifMatchOf, sendVersioned } from '../versions'
import { draftProblem, type Draft } from '@/data/exchange/draft'

// Progress entries: everyone reads; writes follow the role rules in db/entries.ts; edits need the version.

/** A refused write's 409 carries the stored entry named (who recorded and reviewed it), as every other answer does */
async function namingConflicts<T>(db: Db, write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (e) {
    if (e instanceof ApiError && e.status === 409 && e.extra.current)
      e.extra.current = await withName(db, e.extra.current as EntryRecord)
    throw e
  }
}

const idParams = z.object({ id: z.string().min(1).max(64) })
const listReply = z.object({ entries: z.array(entryRecordSchema), cursor: z.number().int() })

export const entryRoutes: FastifyPluginAsyncZod<Ctx> = (app, { store, items }) => {
  const { db } = store
  const checkDraft = (draft: Draft) => {
    const problem = draftProblem(draft, items)
    if (problem) throw new ApiError(400, 'invalid_entry', problem)
  }

  app.get(
    '/api/entries',
    {
      schema: {
        tags: ['entries'],
        summary: '全部进度记录（含审核状态）；cursor 供 /api/changes 续读',
        querystring: z.object({
          itemId: z.string().optional(),
          status: z.enum(['pending', 'approved', 'returned']).optional(),
        }),
        response: { 200: listReply, ...errors(401) },
      },
    },
    async (req) => {
      requireUser(req)
      // One snapshot for both, so no change falls between the list and its cursor.
      return inSnapshot(db, async (trx) => ({
        cursor: await lastEventId(trx),
        entries: await withNames(trx, await listEntries(trx, req.query)),
      }))
    },
  )

  app.get(
    '/api/entries/:id',
    {
      schema: {
        tags: ['entries'],
        params: idParams,
        response: { 200: entryRecordSchema, ...errors(401, 404) },
      },
    },
    async (req, reply) => {
      requireUser(req)
      const row = await findEntry(db, req.params.id)
      if (!row) throw notFound('这条记录')
      return sendVersioned(reply, await withName(db, entryView(row)))
    },
  )

  app.post(
    '/api/entries',
    {
      schema: {
        tags: ['entries'],
        summary: '新增记录；填报员的记录为待审核，督查室的记录直接通过',
        body: newEntrySchema,
        response: { 201: entryRecordSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req)
      const { id, ...draft } = req.body
      checkDraft(draft)
      reply.code(201)
      return sendVersioned(
        reply,
        await withName(db, await namingConflicts(db, createEntry(db, user, draft, id))),
      )
    },
  )

  app.put(
    '/api/entries/:id',
    {
      schema: {
        tags: ['entries'],
        summary: '修改记录；If-Match 必填，版本过期返回 409 及当前版本',
        params: idParams,
        headers: ifMatchHeaders,
        body: entryDraftSchema,
        response: { 200: entryRecordSchema, ...errors(400, 401, 403, 404, 409, 428) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req)
      const version = ifMatchOf(req)
      if (version === undefined)
        throw new ApiError(
          428,
          'if_match_required',
          '修改记录须带上所依据的版本（If-Match），以免覆盖他人的修改',
        )
      checkDraft(req.body)
      return sendVersioned(
        reply,
        await withName(
          db,
          await namingConflicts(db, updateEntry(db, user, req.params.id, version, req.body)),
        ),
      )
    },
  )

  app.delete(
    '/api/entries/:id',
    {
      schema: {
        tags: ['entries'],
        summary: '删除记录（台账中保留删除前的内容）',
        params: idParams,
        headers: ifMatchHeaders,
        response: { 200: okSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (req) => {
      const user = requireUser(req)
      await namingConflicts(db, deleteEntry(db, user, req.params.id, ifMatchOf(req)))
      return { ok: true as const }
    },
  )

  app.post(
    '/api/entries/:id/review',
    {
      schema: {
        tags: ['review'],
        summary: '审核：通过（approve）或退回（return，须写理由）；仅督查室',
        params: idParams,
        headers: ifMatchHeaders,
        body: z.object({ decision: z.enum(['approve', 'return']), reason: z.string().max(500).optional() }),
        response: { 200: entryRecordSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req, 'admin')
      return sendVersioned(
        reply,
        await withName(
          db,
          await namingConflicts(db, reviewEntry(db, user, req.params.id, req.body, ifMatchOf(req))),
        ),
      )
    },
  )
  return Promise.resolve()
}
