import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'

// The real server (`npm start` without the app build: dist/ must be built) in a child process on a free port, with
// a fresh PGlite folder and one 督查室 account. Stopped by its own pid.

const root = join(import.meta.dirname, '..')
export const ADMIN = { login: 'dcs', password: 'correct-horse-9' }

function freePort() {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0)
      })
    })
  })
}

export async function serveApp(): Promise<{ origin: string; close: () => Promise<void> }> {
  await build({ mode: 'server', logLevel: 'warn' })
  const env = { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'qd-server-')), LOG_LEVEL: 'warn' }
  const cli = join(root, 'dist-server', 'cli.js')
  const added = spawnSync('node', [cli, 'user', 'add', ADMIN.login, '--role', 'admin', '--password-stdin'], {
    input: `${ADMIN.password}\n`,
    env,
    encoding: 'utf8',
  })
  if (added.status !== 0) throw new Error(`user add failed: ${added.stderr}`)
  const port = await freePort()
  const child = spawn('node', [join(root, 'dist-server', 'main.js')], {
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), STATIC_DIR: join(root, 'dist') },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (i > 150 || child.exitCode !== null) throw new Error('the server did not start')
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}
