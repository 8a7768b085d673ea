import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// kill -9 a real server in the middle of a burst of writes and an import: after a restart every acknowledged
// entry is there, and the import is either wholly there or wholly absent.

const MAIN = 'dist-server/main.js'
const CLI = 'dist-server/cli.js'
const dataDir = mkdtempSync(join(tmpdir(), 'qidong-crash-'))
const PASSWORD = 'crash-test-pass'
let port = 0
let child: ChildProcess | undefined

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0)
      })
    })
  })

async function startServer(): Promise<void> {
  child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
  })
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('server did not start')
}

async function signIn() {
  const res = await fetch(`http://127.0.0.1:${port}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'dcs', password: PASSWORD }),
  })
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }
}

const built = existsSync(MAIN) && existsSync(CLI)

describe.skipIf(!built || process.env.TEST_DATABASE_URL)('crash: kill -9 during writes (PGlite)', () => {
  beforeAll(async () => {
    port = await freePort()
    const add = spawnSync(
      process.execPath,
      [CLI, 'user', 'add', 'dcs', '--role', 'admin', '--password-stdin'],
      {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        input: PASSWORD,
        encoding: 'utf8',
      },
    )
    expect(add.status, add.stderr).toBe(0)
    await startServer()
  }, 180_000)
  afterAll(() => {
    child?.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps every acknowledged entry and no half import', async () => {
    const headers = await signIn()
    const acked: string[] = []
    let n = 0
    let stop = false
    const writer = async () => {
      while (!stop) {
        const id = `crash-${n++}`
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/entries`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              id,
              type: 'value',
              targetId: 'gdp-growth-2023',
              asOf: '2023-06',
              value: n % 10,
              basis: 'provisional',
            }),
          })
          if (res.status === 201) acked.push(id)
        } catch {
          return // the server is gone
        }
      }
    }
    const writers = Array.from({ length: 8 }, writer)
    // A busy machine acknowledges slowly: cut the burst once it has a fair number of acknowledged writes.
    for (let waited = 0; acked.length < 40 && waited < 30_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100))
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      id: `import-${i}`,
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-03',
      value: i,
      basis: 'final',
      recordedAt: '2023-04-01T00:00:00.000Z',
    }))
    const importing = fetch(`http://127.0.0.1:${port}/api/import`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ format: 'qidong-targets-progress', version: 1, entries }),
    }).catch(() => undefined)
    await new Promise((r) => setTimeout(r, 300))
    child!.kill('SIGKILL')
    stop = true
    await Promise.all([...writers, importing])
    expect(acked.length).toBeGreaterThan(20)

    await startServer()
    const after = await signIn()
    const res = await fetch(`http://127.0.0.1:${port}/api/entries`, { headers: after })
    const ids = new Set(((await res.json()) as { entries: { id: string }[] }).entries.map((e) => e.id))
    const lost = acked.filter((id) => !ids.has(id))
    const imported = [...ids].filter((id) => id.startsWith('import-')).length
    console.info(
      `crash test: ${acked.length} acknowledged, ${lost.length} lost, ${imported}/${entries.length} imported`,
    )
    expect(lost).toEqual([])
    expect([0, entries.length]).toContain(imported)
  }, 180_000)
})
