import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Db } from './db/database'
import type { Role } from './db/tables'
import { findSession, userView, type UserView } from './db/users'
import { ApiError, forbidden, unauthenticated } from './errors'

// Who is asking: the session cookie names the user; every unsafe request must also carry the session's CSRF token.

export const SESSION_COOKIE = 'qidong_session'

declare module 'fastify' {
  interface FastifyRequest {
    user: UserView | null
    csrfToken: string | null
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
// Logging in has no session yet; SameSite=Strict keeps other sites from logging a browser in.
const CSRF_EXEMPT = new Set(['POST /api/session'])

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Registered on the root instance (not encapsulated), so every route sees req.user */
export function registerAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('user', null)
  app.decorateRequest('csrfToken', null)
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/')) return
    const token = req.cookies[SESSION_COOKIE]
    const session = token ? await findSession(db, token) : undefined
    if (session) {
      req.user = userView(session)
      req.csrfToken = session.csrf_token
    }
    const route = `${req.method} ${req.url.split('?')[0] ?? ''}`
    if (!UNSAFE.has(req.method) || CSRF_EXEMPT.has(route) || !req.csrfToken) return
    const sent = req.headers['x-csrf-token']
    if (typeof sent !== 'string' || !sameToken(sent, req.csrfToken))
      throw new ApiError(403, 'csrf', '缺少或错误的安全令牌（X-CSRF-Token），请刷新页面后重试')
  })
}

/** The signed-in user, who must hold one of `roles` when given */
export function requireUser(req: FastifyRequest, ...roles: Role[]): UserView {
  if (!req.user) throw unauthenticated()
  if (roles.length && !roles.includes(req.user.role)) throw forbidden(roleMessage(roles))
  return req.user
}

const ROLE_NAMES: Record<Role, string> = { admin: '督查室', reporter: '填报员', leader: '领导' }
const roleMessage = (roles: Role[]) => `此操作仅限${roles.map((r) => ROLE_NAMES[r]).join('或')}`
