import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The real server (npm start's dist-server/main.js) for a browser test: a private DATA_DIR, a free loopback port,
// accounts made with the CLI, stopped by its PID. Needs `vite build` and `vite build --mode server` first
// (npm test does both before the browser tests).

const root = join(import.meta.dirname, '..')
const MAIN = join(root, 'dist-server', 'main.js')
const CLI = join(root, 'dist-server', 'cli.js')

/** PostgreSQL for this run when tests/with-postgres.sh (or the caller) set TEST_DATABASE_URL; else embedded PGlite. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? ''
export const engineName = testDatabaseUrl ? 'PostgreSQL' : 'PGlite'

export type Role = 'admin' | 'reporter' | 'leader'
export type Account = { login: string; password: string; role: Role; unit?: string; name?: string }

export type Served = {
  /** http://127.0.0.1:PORT/ */
  url: string
  pid: number
  /** `npm run user -- add …` through the built CLI, the password on stdin */
  userAdded: (account: Account) => void
  /** A signed-in API caller (cookie + X-CSRF-Token), for setting up what the test is not about */
  api: (login: string, password: string) => Promise<ApiCaller>
  stop: () => Promise<void>
}

export type ApiCaller = (method: string, path: string, body?: unknown) => Promise<Response>

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() => {
        if (typeof address === 'object' && address) resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

async function healthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`)
    try {
      if ((await fetch(`${url}api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`server did not answer /api/health within 60 s:\n${log()}`)
}

/** Starts `node dist-server/main.js` on a fresh data folder (and TEST_DATABASE_URL's PostgreSQL when set). */
export async function startServed(): Promise<Served> {
  if (!existsSync(MAIN) || !existsSync(CLI) || !existsSync(join(root, 'dist', 'index.html')))
    throw new Error(
      'the built app and server are missing: run `npx vite build && npx vite build --mode server`',
    )
  const dataDir = mkdtempSync(join(tmpdir(), 'qidong-served-'))
  const port = await freePort()
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: testDatabaseUrl, LOG_LEVEL: 'warn' }
  const child = spawn(process.execPath, [MAIN], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const url = `http://127.0.0.1:${port}/`
  await healthy(url, child, () => stderr)

  return {
    url,
    pid: child.pid ?? 0,
    userAdded(account) {
      const args = [CLI, 'user', 'add', account.login, '--role', account.role, '--password-stdin']
      if (account.unit) args.push('--unit', account.unit)
      if (account.name) args.push('--name', account.name)
      const added = spawnSync(process.execPath, args, { env, input: account.password, encoding: 'utf8' })
      if (added.status !== 0) throw new Error(`user add ${account.login}: ${added.stderr}${added.stdout}`)
    },
    async api(login, password) {
      const res = await fetch(`${url}api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      })
      if (!res.ok) throw new Error(`sign-in ${login}: HTTP ${res.status} ${await res.text()}`)
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      const { csrfToken } = (await res.json()) as { csrfToken: string }
      return (method, path, body) =>
        fetch(`${url}${path}`, {
          method,
          headers: {
            cookie,
            'x-csrf-token': csrfToken,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
    },
    // SIGTERM (the server's graceful shutdown), then SIGKILL if it hangs; the data folder goes with it.
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise<void>((resolve) => {
          child.once('exit', () => {
            resolve()
          })
        })
        process.kill(child.pid, 'SIGTERM')
        const timer = setTimeout(() => {
          if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL')
        }, 10_000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
