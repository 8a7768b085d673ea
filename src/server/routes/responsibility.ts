import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireUser } from '../auth'
import type { Ctx } from '../context'
import { inSnapshot } from '../db/database'
import {
  createUnit,
  importResponsibility,
  listAssignments,
  listLeaders,
  listUnits,
  putAssignment,
  removeLeader,
  saveLeader,
  updateUnit,
} from '../db/responsibility'
import { notFound } from '../errors'
import {
  assignmentInputSchema,
  assignmentSchema,
  assignmentRecordSchema,
  errors,
  ifMatchHeaders,
  leaderSchema,
  okSchema,
  unitKindSchema,
  unitSchema,
} from '../api-schemas'
import { ifMatchOf, sendVersioned } from '../versions'

// 单位名录, 责任领导 and 任务分解: everyone reads, only the 督查室 changes them.

const name = z.string().min(1).max(40)

export const responsibilityRoutes: FastifyPluginAsyncZod<Ctx> = (app, { store, items }) => {
  const { db } = store
  const tags = ['responsibility']

  app.get(
    '/api/responsibility',
    {
      schema: {
        tags,
        summary: '单位名录、责任领导和任务分解，一次取全',
        response: {
          200: z.object({
            units: z.array(unitSchema),
            leaders: z.array(leaderSchema),
            assignments: z.array(assignmentRecordSchema),
          }),
          ...errors(401),
        },
      },
    },
    async (req) => {
      requireUser(req)
      return inSnapshot(db, async (trx) => ({
        units: await listUnits(trx),
        leaders: await listLeaders(trx),
        assignments: await listAssignments(trx),
      }))
    },
  )

  app.get(
    '/api/units',
    { schema: { tags, response: { 200: z.array(unitSchema), ...errors(401) } } },
    async (req) => {
      requireUser(req)
      return listUnits(db)
    },
  )

  app.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: '添加单位',
        body: z.object({ name, kind: unitKindSchema }),
        response: { 201: unitSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req, 'admin')
      reply.code(201)
      return createUnit(db, user, req.body)
    },
  )

  app.put(
    '/api/units/:name',
    {
      schema: {
        tags,
        summary: '修改单位；改名会同时改掉任务分解和账号中的单位名',
        params: z.object({ name }),
        body: z.object({
          name: name.optional(),
          kind: unitKindSchema.optional(),
          retired: z.boolean().optional(),
        }),
        response: { 200: unitSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => updateUnit(db, requireUser(req, 'admin'), req.params.name, req.body),
  )

  app.get(
    '/api/leaders',
    { schema: { tags, response: { 200: z.array(leaderSchema), ...errors(401) } } },
    async (req) => {
      requireUser(req)
      return listLeaders(db)
    },
  )

  app.put(
    '/api/leaders/:name',
    {
      schema: {
        tags,
        summary: '添加或修改责任领导',
        params: z.object({ name }),
        body: z.object({ title: z.string().trim().max(60).optional() }),
        response: { 200: leaderSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) =>
      saveLeader(db, requireUser(req, 'admin'), {
        name: req.params.name,
        ...(req.body.title && { title: req.body.title }),
      }),
  )

  app.delete(
    '/api/leaders/:name',
    {
      schema: {
        tags,
        summary: '从责任领导名录中删除（已分配的任务保留原名）',
        params: z.object({ name }),
        response: { 200: okSchema, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      await removeLeader(db, requireUser(req, 'admin'), req.params.name)
      return { ok: true as const }
    },
  )

  app.get(
    '/api/assignments',
    { schema: { tags, response: { 200: z.array(assignmentRecordSchema), ...errors(401) } } },
    async (req) => {
      requireUser(req)
      return listAssignments(db)
    },
  )

  app.post(
    '/api/assignments/import',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary:
          '导入分解表（仅督查室）：新单位、新领导和各项任务分解在一个事务中保存，全部成功或全部不保存；每项带预览时的版本（新项为空），过期返回 409',
        body: z.object({
          units: z.array(z.object({ name, kind: unitKindSchema })).max(500),
          leaders: z.array(leaderSchema).max(500),
          assignments: z
            .array(assignmentSchema.extend({ version: z.number().int().min(0).optional() }))
            .max(2000),
        }),
        response: {
          200: z.object({
            added: z.number().int(),
            replaced: z.number().int(),
            unchanged: z.number().int(),
            assignments: z.array(assignmentRecordSchema),
          }),
          ...errors(400, 401, 403, 409, 413),
        },
      },
    },
    async (req) => importResponsibility(db, requireUser(req, 'admin'), req.body, (id) => items.get(id)?.name),
  )

  app.put(
    '/api/assignments/:itemId',
    {
      schema: {
        tags,
        summary: '任务分解：牵头单位、配合单位、责任领导、责任人、完成时限、报送频次',
        params: z.object({ itemId: z.string().min(1) }),
        headers: ifMatchHeaders,
        body: assignmentInputSchema,
        response: { 200: assignmentRecordSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req, 'admin')
      if (!items.has(req.params.itemId)) throw notFound(`目标或任务“${req.params.itemId}”`)
      return sendVersioned(reply, await putAssignment(db, user, req.params.itemId, req.body, ifMatchOf(req)))
    },
  )
  return Promise.resolve()
}
