import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify'
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ItemsById } from '@/data/exchange/draft'
import { contentSecurityPolicy } from '@/lib/csp'
import { markServed } from '@/lib/served-mark'
import { registerAuth } from './auth'
import type { Ctx } from './context'
import type { Store } from './db/database'
import { ApiError } from './errors'
import { LoginThrottle } from './login-throttle'
import { documentRoutes } from './routes/documents'
import { entryRoutes } from './routes/entries'
import { importRoutes } from './routes/import'
import { itemRoutes } from './routes/items'
import { localRoutes } from './routes/local'
import { responsibilityRoutes } from './routes/responsibility'
import { sessionRoutes } from './routes/session'
import { userRoutes } from './routes/users'

// The server: security plugins once at the root, one plugin per resource, the built app from dist/.

export type AppOptions = {
  store: Store
  items: ItemsById
  logger?: FastifyServerOptions['logger']
  /** Folder of the built app; left out (tests) or missing, only the API is served */
  staticDir?: string
  /** Login attempts per address per minute */
  loginPerAddress?: number
  throttle?: LoginThrottle
  /** Enables /api/local/command for `npm run user|backup|restore` against a running PGlite server */
  localToken?: string
  /** Behind a reverse proxy, trust its X-Forwarded-For for the login limit */
  trustProxy?: boolean
}

/** pino paths that never reach a log line */
export const REDACT = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'csrfToken',
  '*.csrfToken',
]

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(errorHandler)

  const staticDir =
    options.staticDir && existsSync(resolve(options.staticDir, 'index.html'))
      ? resolve(options.staticDir)
      : undefined
  await app.register(fastifyHelmet, {
    // The app's one policy (lib/csp.ts, the same the build writes into index.html), with the page's hashes.
    contentSecurityPolicy: false,
    // The office runs it over plain HTTP on its intranet; HSTS would lock browsers out of that.
    strictTransportSecurity: false,
  })
  const policy = contentSecurityPolicy(
    staticDir ? readFileSync(resolve(staticDir, 'index.html'), 'utf8') : '',
    {
      header: true,
    },
  )
  app.addHook('onRequest', (_req, reply, done) => {
    void reply.header('content-security-policy', policy)
    done()
  })
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      new ApiError(429, 'too_many_requests', `尝试过于频繁，请${Math.ceil(context.ttl / 1000)}秒后再试`),
  })
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '祁东目标看板 API',
        version: '1.0.0',
        description: '督查台账：进度记录、审核、任务分解、批示与台账记录',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'qidong_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  })
  registerAuth(app, options.store.db)

  const ctx: Ctx = {
    store: options.store,
    items: options.items,
    throttle: options.throttle ?? new LoginThrottle(),
  }
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: '服务器与数据库是否正常；应用据此决定把数据存到服务器',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await options.store.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute()
      return { status: 'ok' as const, database: options.store.engine }
    },
  )
  await app.register(sessionRoutes, { ...ctx, loginPerAddress: options.loginPerAddress ?? 30 })
  await app.register(userRoutes, ctx)
  await app.register(entryRoutes, ctx)
  await app.register(responsibilityRoutes, ctx)
  await app.register(itemRoutes, ctx)
  await app.register(importRoutes, ctx)
  await app.register(documentRoutes, ctx)
  if (options.localToken) await app.register(localRoutes, { ...ctx, token: options.localToken })
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger())

  if (staticDir) servedPage(app, readFileSync(resolve(staticDir, 'index.html'), 'utf8'))
  // preCompressed: the build's .br and .gz files (src/build/precompress.ts) go out as they are, by Accept-Encoding.
  if (staticDir)
    await app.register(fastifyStatic, {
      root: staticDir,
      // An array: with preCompressed, @fastify/static looks a folder's index up only in a list (a string answers 404).
      index: ['index.html'],
      maxAge: 0,
      preCompressed: true,
      // The same URL answers br, gzip or plain: a cache between must keep them apart.
      setHeaders: (res) => {
        res.setHeader('vary', 'accept-encoding')
      },
    })
  app.setNotFoundHandler((req, reply) => {
    void reply
      .code(404)
      .send({ code: 'not_found', message: `找不到 ${req.method} ${req.url.split('?')[0] ?? ''}` })
  })
  return app
}

/**
 * The app's page, marked as served (lib/served-mark.ts): the app knows at once that it is on the server, with no
 * /api/health round trip before it starts. Compressed once here, like the build's precompressed files.
 */
function servedPage(app: FastifyInstance, built: string) {
  const html = markServed(built)
  const bodies = {
    br: brotliCompressSync(html, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    }),
    gzip: gzipSync(html, { level: 9 }),
    identity: Buffer.from(html),
  }
  const handler = (req: FastifyRequest, reply: FastifyReply) => {
    const accepted = req.headers['accept-encoding'] ?? ''
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity'
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=0')
      .header('vary', 'accept-encoding')
    if (encoding !== 'identity') void reply.header('content-encoding', encoding)
    return reply.send(bodies[encoding])
  }
  app.get('/', { schema: { hide: true } }, handler)
  app.get('/index.html', { schema: { hide: true } }, handler)
}

function errorHandler(
  this: FastifyInstance,
  error: FastifyError | ApiError,
  req: { log: FastifyInstance['log'] },
  reply: import('fastify').FastifyReply,
) {
  if (error instanceof ApiError)
    return reply.code(error.status).send({ code: error.code, message: error.message, ...error.extra })
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({ path: v.instancePath, message: v.message }))
    const first = issues[0]
    return reply.code(400).send({
      code: 'invalid_request',
      message: `请求内容有误${first ? `：${first.path ? `${first.path} ` : ''}${first.message ?? ''}` : ''}`,
      issues,
    })
  }
  const status = error.statusCode ?? 500
  if (status === 413)
    return reply.code(413).send({ code: 'too_large', message: '内容过大，超出服务器允许的大小' })
  if (status < 500)
    return reply.code(status).send({ code: 'bad_request', message: `请求无法处理（${error.code}）` })
  req.log.error({ err: error }, 'request failed')
  return reply.code(500).send({ code: 'internal', message: '服务器内部错误，请稍后重试' })
}
