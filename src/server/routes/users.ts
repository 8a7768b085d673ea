import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireUser } from '../auth'
import type { Ctx } from '../context'
import { addUser, changeUser } from '../accounts'
import { listUsers } from '../db/users'
import { errors, loginSchema, roleSchema, userSchema } from '../api-schemas'

// Accounts, for the 督查室 only; `npm run user` does the same from the command line.

export const userRoutes: FastifyPluginAsyncZod<Ctx> = (app, { store }) => {
  const { db } = store
  const tags = ['users']

  app.get(
    '/api/users',
    { schema: { tags, response: { 200: z.array(userSchema), ...errors(401, 403) } } },
    async (req) => {
      requireUser(req, 'admin')
      return listUsers(db)
    },
  )

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: '新建账号',
        body: z.object({
          login: loginSchema,
          name: z.string().trim().min(1).max(40).optional(),
          role: roleSchema,
          unit: z.string().min(1).max(40).optional(),
          password: z.string().min(1).max(200),
        }),
        response: { 201: userSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req, 'admin')
      reply.code(201)
      return addUser(db, req.body, actor.login)
    },
  )

  app.put(
    '/api/users/:login',
    {
      schema: {
        tags,
        summary: '修改账号（角色、单位、停用、重设密码）',
        params: z.object({ login: loginSchema }),
        body: z.object({
          name: z.string().trim().min(1).max(40).optional(),
          role: roleSchema.optional(),
          unit: z.string().min(1).max(40).nullable().optional(),
          disabled: z.boolean().optional(),
          password: z.string().min(1).max(200).optional(),
        }),
        response: { 200: userSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => changeUser(db, req.params.login, req.body, requireUser(req, 'admin').login),
  )
  return Promise.resolve()
}
