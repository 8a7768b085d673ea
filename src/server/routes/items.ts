import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireUser } from '../auth'
import type { Ctx } from '../context'
import { addComment, listComments } from '../db/comments'
import { eventsSince, itemHistory, lastEventId } from '../db/events'
import { personLabels } from '../db/users'
import { notFound } from '../errors'
import { commentSchema, errors, eventSchema } from '../api-schemas'

// Per item: its 台账记录 (every event, oldest first) and its 批示; and the change feed that keeps screens current.

const itemParams = z.object({ itemId: z.string().min(1).max(64) })
const FEED_LIMIT = 500

export const itemRoutes: FastifyPluginAsyncZod<Ctx> = (app, { store, items }) => {
  const { db } = store
  const known = (itemId: string) => {
    if (!items.has(itemId)) throw notFound(`目标或任务“${itemId}”`)
  }

  app.get(
    '/api/items/:itemId/history',
    {
      schema: {
        tags: ['history'],
        summary: '台账记录：该事项的每一次变更（谁、何时、改前、改后）',
        params: itemParams,
        response: { 200: z.object({ events: z.array(eventSchema) }), ...errors(401, 404) },
      },
    },
    async (req) => {
      requireUser(req)
      known(req.params.itemId)
      const events = await itemHistory(db, req.params.itemId)
      // Named as people (姓名（单位）) at read time: the event keeps the login, which never changes.
      const names = await personLabels(
        db,
        events.map((e) => e.actor),
      )
      return { events: events.map((e) => ({ ...e, actorName: names.get(e.actor) ?? e.actor })) }
    },
  )

  app.get(
    '/api/comments',
    {
      schema: {
        tags: ['comments'],
        summary: '批示（可按事项筛选）',
        querystring: z.object({ itemId: z.string().optional() }),
        response: { 200: z.object({ comments: z.array(commentSchema) }), ...errors(401) },
      },
    },
    async (req) => {
      requireUser(req)
      const comments = await listComments(db, req.query.itemId)
      const names = await personLabels(
        db,
        comments.map((c) => c.author),
      )
      return { comments: comments.map((c) => ({ ...c, authorName: names.get(c.author) ?? c.author })) }
    },
  )

  app.post(
    '/api/items/:itemId/comments',
    {
      schema: {
        tags: ['comments'],
        summary: '添加批示（领导或督查室）',
        params: itemParams,
        body: z.object({ text: z.string().trim().min(1, '批示内容不能为空').max(1000) }),
        response: { 201: commentSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req, 'leader', 'admin')
      known(req.params.itemId)
      reply.code(201)
      const comment = await addComment(db, user, req.params.itemId, req.body.text)
      return { ...comment, authorName: (await personLabels(db, [user.login])).get(user.login) ?? user.login }
    },
  )

  app.get(
    '/api/changes',
    {
      schema: {
        tags: ['changes'],
        summary: '变更流：since 之后的事件（不含内容），轮询即可让各屏幕同步；不带 since 只返回当前游标',
        querystring: z.object({ since: z.coerce.number().int().min(0).optional() }),
        response: {
          200: z.object({
            cursor: z.number().int(),
            changes: z.array(
              eventSchema.pick({ id: true, at: true, actor: true, kind: true, itemId: true, subject: true }),
            ),
          }),
          ...errors(401),
        },
      },
    },
    async (req) => {
      requireUser(req)
      const { since } = req.query
      if (since === undefined) return { cursor: await lastEventId(db), changes: [] }
      const events = await eventsSince(db, since, FEED_LIMIT)
      const changes = events.map(({ id, at, actor, kind, itemId, subject }) => ({
        id,
        at,
        actor,
        kind,
        itemId,
        subject,
      }))
      return { cursor: events.at(-1)?.id ?? since, changes }
    },
  )
  return Promise.resolve()
}
