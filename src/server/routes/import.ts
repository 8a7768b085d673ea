import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { MAX_IMPORT_BYTES } from '@/data/exchange/format'
import { progressEntrySchema } from '@/data/dataset/schema'
import { requireUser } from '../auth'
import type { Ctx } from '../context'
import { applyImport, previewImport } from '../db/import'
import { errors } from '../api-schemas'
import { ApiError } from '../errors'

// 迁入: an admin sends a browser's JSON backup; dryRun answers the preview, without it the plan is applied at once.

const planSchema = z.object({
  added: z.array(progressEntrySchema),
  changed: z.array(z.object({ before: progressEntrySchema, after: progressEntrySchema })),
  unchanged: z.number().int(),
})
const replySchema = z.object({ applied: z.boolean(), plan: planSchema })

export const importRoutes: FastifyPluginAsyncZod<Ctx> = (app, { store, items }) => {
  app.post(
    '/api/import',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: ['import'],
        summary:
          '导入浏览器导出的 JSON 备份（格式 qidong-targets-progress）；dryRun=true 只预览，否则一次事务写入',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
        body: z.object({ format: z.string(), version: z.number(), entries: z.array(z.unknown()) }).loose(),
        response: { 200: replySchema, ...errors(400, 401, 403, 413) },
      },
    },
    async (req) => {
      const user = requireUser(req, 'admin')
      const dryRun = req.query.dryRun === 'true'
      const outcome = dryRun
        ? await previewImport(store.db, req.body, items)
        : await applyImport(store.db, user, req.body, items)
      if (!outcome.ok)
        throw new ApiError(400, 'import_problems', `文件有${outcome.problems.length}处问题，未导入任何记录`, {
          problems: outcome.problems,
        })
      return { applied: !dryRun, plan: outcome.plan }
    },
  )
  return Promise.resolve()
}
