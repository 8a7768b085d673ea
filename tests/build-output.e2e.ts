// The build is the same whatever else lies in the repository (Tailwind reads classes from src/ and index.html only),
// every text file it writes has a .br and a .gz beside it that decode to exactly that file, and the first visit's
// critical path (what index.html loads or preloads, with their static imports) carries the dataset as preloaded
// JSON, never as JS, no zod (it loads where untrusted input is read), no react-query (the dataset is read without it;
// it loads with the 原文 view) and no code it does not need.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from 'vitest'
import raw from '../data/qidong-2023.json'
import { criticalFiles } from './bench-bytes'

const root = join(import.meta.dirname, '..')
const out = mkdtempSync(join(tmpdir(), 'qd-build-'))
// A folder nobody meant to be part of the app, as an old export or a colleague's notes would be.
const stray = join(root, `stray-${process.pid}`)

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })

beforeAll(() => {
  mkdirSync(stray)
  writeFileSync(join(stray, 'notes.html'), '<div class="bg-fuchsia-950 translate-x-[123px]">旧稿</div>')
  try {
    execFileSync(
      join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--outDir', out, '--logLevel', 'error'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    )
  } finally {
    rmSync(stray, { recursive: true, force: true })
  }
}, 180_000)
afterAll(() => {
  rmSync(out, { recursive: true, force: true })
})

it('takes no class from a stray folder, and keeps the classes of src/ and index.html', () => {
  const css = files(out)
    .filter((f) => /\.(css|html)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
  expect(css).not.toMatch(/fuchsia-950|123px/)
  // From index.html's <body>, and from the app's header.
  expect(css).toMatch(/\.bg-slate-50\s*\{/)
  expect(css).toMatch(/\.bg-red-800\s*\{/)
})

it('writes a .br and a .gz beside every script, stylesheet and page, each decoding to the file', () => {
  const all = files(out)
  const text = all.filter((f) => /\.(js|css|html)$/.test(f) && statSync(f).size >= 1024)
  expect(text.some((f) => f.endsWith('index.html'))).toBe(true)
  expect(text.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10)
  for (const file of text) {
    const body = readFileSync(file)
    expect(all, relative(out, file)).toContain(`${file}.br`)
    expect(all, relative(out, file)).toContain(`${file}.gz`)
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(body), relative(out, file)).toBe(true)
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(body), relative(out, file)).toBe(true)
  }
  // The service worker precaches the files themselves, never their compressed copies.
  const sw = readFileSync(join(out, 'sw.js'), 'utf8')
  expect(sw).not.toMatch(/\.(br|gz)"/)
})

// Modules the first screen does not need: each must be a chunk of its own, loaded on demand, off the critical path.
const onDemand = [
  'src/stores/ledger/browser-ledger.ts', // the browser ledger: IndexedDB, BroadcastChannel, the stored shapes
  'src/stores/server-start.ts', // the server's ledger and the session check
  'src/features/session/login-page.tsx',
  'src/features/session/account-badge.tsx',
  'src/features/glossary/glossary-modal.tsx',
  'src/features/passage/passage-modal.tsx',
  'src/features/storage-recovery/storage-issue-list.tsx',
  'src/features/sectors/sector-panels.tsx', // not prerendered: mounts a pass after the app is live
  'src/components/status-rule-panel.tsx',
  'src/app/service-worker-start.ts',
  'src/app/bulletin-page.tsx',
]

it('keeps storage adapters, server code and closed dialogs off the first visit’s critical path', () => {
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isDynamicEntry?: boolean }
  >
  const critical = criticalFiles(out)
  expect([...critical].filter((f) => f.endsWith('.js')).length).toBeGreaterThan(3)
  for (const source of onDemand) {
    expect(manifest[source]?.isDynamicEntry, source).toBe(true)
    expect(critical, source).not.toContain(manifest[source]!.file)
  }
  // What only storage and server code says: present in the build, absent from every critical script.
  const code = (file: string) => readFileSync(join(out, file), 'utf8')
  const scripts = readdirSync(join(out, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
  for (const marker of ['indexedDB', 'BroadcastChannel', 'api/health', 'api/session']) {
    expect(
      scripts.some((f) => code(f).includes(marker)),
      marker,
    ).toBe(true)
    const on = [...critical].filter((f) => f.endsWith('.js') && code(f).includes(marker))
    expect(on, marker).toEqual([])
  }
})

it('ships the dataset as one preloaded JSON file, and no script on the critical path holds its data', () => {
  const critical = [...criticalFiles(out)]
  const data = critical.filter((f) => f.endsWith('.json'))
  expect(data).toEqual([expect.stringMatching(/^assets\/qidong-2023-[\w-]+\.json$/)])
  expect(JSON.parse(readFileSync(join(out, data[0]!), 'utf8'))).toEqual(raw)
  // Text only the dataset holds: its speaker and the definitions of its glossary.
  const marks = [raw.report.speaker, ...raw.glossary.map((g) => g.definition)]
  const scripts = critical.filter((f) => f.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  for (const file of scripts) {
    const code = readFileSync(join(out, file), 'utf8')
    expect(
      marks.filter((m) => code.includes(m)),
      file,
    ).toEqual([])
  }
})

it('keeps zod off the critical path: it loads where untrusted input is read, after the first screen', () => {
  const critical = criticalFiles(out)
  // zod's core names each schema class ("$ZodType", …); every other zod chunk imports the one holding it.
  const zod = readdirSync(join(out, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && /[`'"]\$ZodType[`'"]/.test(readFileSync(join(out, f), 'utf8')))
  expect(zod.length).toBeGreaterThan(0)
  expect(zod.filter((f) => critical.has(f))).toEqual([])
})

it('keeps react-query off the critical path: the dataset is read without it, the 原文 view loads it', () => {
  const critical = criticalFiles(out)
  // Method names survive minification: QueryClient's own, and react-query's hook that fetches the 原文 text.
  const withQuery = readdirSync(join(out, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && /\bgetQueryCache\b/.test(readFileSync(join(out, f), 'utf8')))
  expect(withQuery.length).toBeGreaterThan(0)
  expect(withQuery.filter((f) => critical.has(f))).toEqual([])
})

it('keeps the first visit’s critical JS within the 100 kB gzip budget, as the bench counts it', () => {
  // gzip as the static server sends each file (tests/static-server.ts); the dataset's JSON is counted apart.
  const scripts = [...criticalFiles(out)].filter((f) => f.endsWith('.js'))
  const bytes = scripts.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0)
  expect(bytes).toBeGreaterThan(50_000)
  expect(bytes).toBeLessThanOrEqual(100_000)
})
