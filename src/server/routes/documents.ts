import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireUser } from '../auth'
import type { Ctx } from '../context'
import { getDocument, listDocuments, putDocument } from '../db/documents'
import { errors, ifMatchHeaders } from '../api-schemas'
import { ifMatchOf, sendVersioned } from '../versions'

// Keyed JSON documents for what has no table of its own (issued 通报 snapshots, cycle settings).

const key = z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,99}$/, '文档键只能含小写字母、数字和 . _ : -')
const documentSchema = z.object({
  key: z.string(),
  body: z.unknown(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
})

export const documentRoutes: FastifyPluginAsyncZod<Ctx> = (app, { store }) => {
  const { db } = store
  const tags = ['documents']

  app.get(
    '/api/documents',
    {
      schema: {
        tags,
        summary: '列出文档（按键前缀，如 bulletin:）；bodies=true 时连同内容一次取全',
        querystring: z.object({
          prefix: z.string().max(100).default(''),
          bodies: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: z.array(documentSchema.partial({ body: true })), ...errors(401) },
      },
    },
    async (req) => {
      requireUser(req)
      return listDocuments(db, req.query.prefix, req.query.bodies === 'true')
    },
  )

  app.get(
    '/api/documents/:key',
    { schema: { tags, params: z.object({ key }), response: { 200: documentSchema, ...errors(401, 404) } } },
    async (req, reply) => {
      requireUser(req)
      return sendVersioned(reply, await getDocument(db, req.params.key))
    },
  )

  app.put(
    '/api/documents/:key',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary:
          '保存文档（仅督查室）；If-Match 过期返回 409；已印发的通报（bulletin:）和督办单（supervision:）不能再改（409）',
        params: z.object({ key }),
        headers: ifMatchHeaders,
        body: z.object({ body: z.unknown() }),
        response: { 200: documentSchema, ...errors(400, 401, 403, 409, 413) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req, 'admin')
      return sendVersioned(
        reply,
        await putDocument(db, user, req.params.key, req.body.body ?? null, ifMatchOf(req)),
      )
    },
  )
  return Promise.resolve()
}
