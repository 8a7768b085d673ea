// `npm run bench:server -- --reporters 20`: N reporters write at once to a real server on loopback.
// Prints throughput, p50/p95/p99 latency and lost writes (acknowledged but not found afterwards; must be 0).
// PostgreSQL instead of PGlite: bash tests/with-postgres.sh node tests/bench-server.mjs --reporters 200
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const reporters = arg('reporters', 20)
// Bounded: about 1,000 writes whatever N, at least 5 per reporter.
const perReporter = arg('writes', Math.max(5, Math.ceil(1000 / reporters)))
const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? ''
const engine = databaseUrl ? 'postgres' : 'pglite'
const PASSWORD = 'bench-password'
const dataDir = mkdtempSync(join(tmpdir(), 'qidong-bench-'))

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  })
})
const base = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  LOG_LEVEL: 'warn',
  DATABASE_URL: databaseUrl,
  LOGIN_LIMIT_PER_ADDRESS: '100000',
}

const add = spawnSync(
  process.execPath,
  ['dist-server/cli.js', 'user', 'add', 'bench-admin', '--role', 'admin', '--password-stdin'],
  { env, input: PASSWORD, encoding: 'utf8' },
)
if (add.status !== 0) throw new Error(add.stderr)
const server = spawn(process.execPath, ['dist-server/main.js'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
})
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break
  } catch {
    if (i > 600) throw new Error('server did not start')
    await new Promise((r) => setTimeout(r, 200))
  }
}

async function signIn(login) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  })
  if (!res.ok) throw new Error(`login ${login}: ${res.status}`)
  const { csrfToken } = await res.json()
  return {
    'content-type': 'application/json',
    cookie: res.headers.get('set-cookie').split(';')[0],
    'x-csrf-token': csrfToken,
  }
}
const call = async (headers, method, url, body, extra = {}) => {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { ...headers, ...extra },
    body: body && JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

// Setup (not measured): one unit and one reporter each; every unit leads or partners on one of the items.
const admin = await signIn('bench-admin')
const dataset = JSON.parse(readFileSync('data/qidong-2023.json', 'utf8'))
const items = dataset.indicators.filter((i) => i.year === 2023 && i.kind === 'target').map((i) => i.id)
const units = Array.from({ length: reporters }, (_, k) => `测试单位${k + 1}`)
for (const name of units) await call(admin, 'POST', '/api/units', { name, kind: 'county' })
const itemOf = (k) => items[k % items.length]
for (let i = 0; i < Math.min(items.length, reporters); i++) {
  const team = units.filter((_, k) => k % items.length === i)
  const res = await call(admin, 'PUT', `/api/assignments/${items[i]}`, {
    leadUnit: team[0],
    partnerUnits: team.slice(1),
    frequency: 'monthly',
  })
  if (res.status !== 200) throw new Error(JSON.stringify(res.body))
}
const sessions = []
for (let k = 0; k < reporters; k += 8) {
  const batch = units.slice(k, k + 8).map(async (unit, j) => {
    const login = `bench${k + j + 1}`
    const res = await call(admin, 'POST', '/api/users', { login, role: 'reporter', unit, password: PASSWORD })
    if (res.status !== 201) throw new Error(JSON.stringify(res.body))
    return { k: k + j, headers: await signIn(login) }
  })
  sessions.push(...(await Promise.all(batch)))
}

// Measured: every reporter records entries and corrects its latest one (PUT with If-Match), all at once.
const latencies = []
const expected = new Map() // entry id → the note of its last acknowledged write
let failures = 0
const failed = {} // HTTP status (or 'network') → count
let seq = 0
async function reporter({ k, headers }) {
  let mine
  for (let w = 0; w < perReporter; w++) {
    // Every write carries its own mark in the note; values stay valid for every kind of target (1–100).
    const note = `写入${++seq}`
    const value = (seq % 100) + 1
    const started = performance.now()
    const res =
      mine && w % 3 === 2
        ? await call(
            headers,
            'PUT',
            `/api/entries/${mine.id}`,
            { type: 'value', targetId: itemOf(k), asOf: '2023-06', value, basis: 'final', note },
            { 'if-match': `"${mine.version}"` },
          )
        : await call(headers, 'POST', '/api/entries', {
            type: 'value',
            targetId: itemOf(k),
            asOf: '2023-06',
            value,
            basis: 'provisional',
            note,
          })
    latencies.push(performance.now() - started)
    if (res.status === 200 || res.status === 201) {
      mine = res.body
      expected.set(mine.id, note)
    } else {
      failures++
      failed[res.status] = (failed[res.status] ?? 0) + 1
    }
  }
}
const started = performance.now()
await Promise.all(sessions.map(reporter))
const seconds = (performance.now() - started) / 1000

const { body } = await call(admin, 'GET', '/api/entries')
const found = new Map(body.entries.map((e) => [e.id, e.note]))
const lost = [...expected].filter(([id, value]) => found.get(id) !== value).length
server.kill('SIGTERM')

latencies.sort((a, b) => a - b)
const pct = (p) =>
  Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))])
const result = {
  engine,
  reporters,
  writes: latencies.length,
  failures,
  failed,
  throughputPerSecond: Math.round(latencies.length / seconds),
  p50ms: pct(50),
  p95ms: pct(95),
  p99ms: pct(99),
  lostWrites: lost,
  cpus: (await import('node:os')).cpus().length,
  // The 1-minute load average at the end: figures from a busy machine are not comparable with a quiet one's.
  loadAverage: Math.round((await import('node:os')).loadavg()[0] * 10) / 10,
  at: new Date().toISOString(),
}
console.log(JSON.stringify(result))
mkdirSync('bench-results', { recursive: true })
writeFileSync(`bench-results/server-${engine}-${reporters}.json`, JSON.stringify(result, null, 2) + '\n')
await new Promise((r) => server.once('exit', r))
rmSync(dataDir, { recursive: true, force: true })
process.exitCode = lost || failures ? 1 : 0
