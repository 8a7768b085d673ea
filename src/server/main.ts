import { randomBytes } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp, REDACT } from './app'
import { openStore, storeOptionsFromEnv } from './db/database'
import { holdDataDir } from './data-dir-lock'
import { monitoredItems } from './items'

// `npm start`: one Node process serving the built app and the API, on HOST:PORT (127.0.0.1:8080 by default).

const env = process.env
const host = env.HOST ?? '127.0.0.1'
const port = Number(env.PORT ?? 8080)
const storeOptions = storeOptionsFromEnv(env)
const dataDir = env.DATA_DIR ?? 'var'
const pglite = storeOptions.engine === 'pglite'
const release = pglite ? holdDataDir(dataDir) : () => undefined
const localToken = pglite ? randomBytes(32).toString('base64url') : undefined
const serverFile = join(dataDir, 'server.json')
const store = await openStore(storeOptions)
const app = await buildApp({
  store,
  items: monitoredItems,
  staticDir: env.STATIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)),
  logger: { level: env.LOG_LEVEL ?? 'info', redact: REDACT },
  loginPerAddress: Number(env.LOGIN_LIMIT_PER_ADDRESS ?? 30),
  trustProxy: env.TRUST_PROXY === '1',
  ...(localToken && { localToken }),
})

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  app.log.info({ signal }, '正在停止：不再接受新请求，等待进行中的请求完成')
  const force = setTimeout(() => process.exit(1), 10_000).unref()
  try {
    await app.close()
    await store.close()
    if (localToken) rmSync(serverFile, { force: true })
    release()
  } finally {
    clearTimeout(force)
  }
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))

await app.listen({ host, port })
// Where `npm run user|backup` finds this server while it holds the PGlite folder.
if (localToken) writeFileSync(serverFile, JSON.stringify({ host, port, token: localToken }), { mode: 0o600 })
app.log.info(`祁东目标看板已启动：http://${host}:${port}/ （数据库：${store.engine}）`)
