import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireUser, SESSION_COOKIE } from '../auth'
import type { Ctx } from '../context'
import { createSession, deleteSession, findUser, userView } from '../db/users'
import { ApiError } from '../errors'
import { DUMMY_HASH, verifyPassword } from '../passwords'
import { errors, loginSchema, okSchema, sessionSchema } from '../api-schemas'

// Signing in and out. The cookie is HttpOnly and SameSite=Strict; the CSRF token travels in the reply body only.

export const sessionRoutes: FastifyPluginAsyncZod<Ctx & { loginPerAddress: number }> = (app, ctx) => {
  const { db } = ctx.store
  app.post(
    '/api/session',
    {
      config: { rateLimit: { max: ctx.loginPerAddress, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: '登录',
        body: z.object({ login: loginSchema, password: z.string().min(1).max(200) }),
        response: { 200: sessionSchema, ...errors(400, 401, 429) },
      },
    },
    async (req, reply) => {
      const { login, password } = req.body
      const wait = ctx.throttle.retryAfter(login)
      if (wait > 0) {
        reply.header('Retry-After', String(wait))
        throw new ApiError(
          429,
          'too_many_attempts',
          `该账号密码错误次数过多，请${Math.ceil(wait / 60)}分钟后再试`,
        )
      }
      const user = await findUser(db, login)
      const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH)
      if (!user || !ok || user.disabled) {
        ctx.throttle.failed(login)
        throw new ApiError(
          401,
          'bad_credentials',
          user?.disabled && ok ? '该账号已停用，请联系督查室' : '账号或密码错误',
        )
      }
      ctx.throttle.succeeded(login)
      const { token, csrfToken } = await createSession(db, user.id)
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: 'auto',
        path: '/',
        maxAge: 12 * 3600,
      })
      req.log.info({ login }, 'login')
      return { user: userView(user), csrfToken }
    },
  )

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: '当前登录的用户和安全令牌',
        response: { 200: sessionSchema, ...errors(401) },
      },
    },
    (req) => Promise.resolve({ user: requireUser(req), csrfToken: req.csrfToken! }),
  )

  app.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: '退出', response: { 200: okSchema, ...errors(401, 403) } } },
    async (req, reply) => {
      requireUser(req)
      const token = req.cookies[SESSION_COOKIE]
      if (token) await deleteSession(db, token)
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return { ok: true as const }
    },
  )
  return Promise.resolve()
}
