import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { runCommand } from '../commands'
import type { Ctx } from '../context'
import { forbidden } from '../errors'

// `npm run user|backup` while the server holds the PGlite folder: the command runs here, for loopback callers
// that show the token the server wrote into DATA_DIR/server.json (readable by the machine's operator only).

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

export const localRoutes: FastifyPluginAsyncZod<Ctx & { token: string }> = (app, { store, token }) => {
  app.post(
    '/api/local/command',
    {
      bodyLimit: 50 * 1024 * 1024,
      schema: {
        hide: true,
        body: z.object({ args: z.array(z.string()).max(20), stdin: z.string() }),
        response: { 200: z.object({ code: z.number(), stdout: z.string(), stderr: z.string() }) },
      },
    },
    async (req) => {
      const sent = Buffer.from(String(req.headers['x-local-token'] ?? ''))
      const expected = Buffer.from(token)
      const remote = req.socket.remoteAddress ?? ''
      if (!LOOPBACK.has(remote) || sent.length !== expected.length || !timingSafeEqual(sent, expected))
        throw forbidden('仅限本机运维命令')
      req.log.info({ command: req.body.args.slice(0, 2) }, 'local command')
      return runCommand(store, req.body.args, req.body.stdin)
    },
  )
  return Promise.resolve()
}
