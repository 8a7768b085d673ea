// Load and interaction benchmark with budgets (issue #7): npm run bench [-- --check] [-- --runs 7]
// Builds, serves dist/ and a script-free page with the same six headline figures, and measures both in Chromium.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import { parseDataset } from '../src/data/dataset/parse-dataset'
import { zh } from '../src/i18n/zh'
import { chromiumArgs, executablePath } from './chromium'
import { pageProbe, type Probe } from './bench-probe'
import { staticHeadlinePage } from './bench-static-page'
import { serveStatic } from './static-server'

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')
const argv = process.argv.slice(2)
const check = argv.includes('--check')
const runs = Math.max(5, Number(argv[argv.indexOf('--runs') + 1]) || 5)
const kB = 1000

type Sample = number | null
const stats = (xs: Sample[]) => {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b)
  if (v.length < xs.length || v.length === 0) return null
  return { min: v[0]!, median: v[Math.floor(v.length / 2)]!, max: v.at(-1)!, samples: xs as number[] }
}

console.log(`构建 dist/ …`)
// In its own process, as npm test runs it; the module runner running this file set NODE_ENV=development.
execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
})
const dataset = parseDataset(JSON.parse(readFileSync(join(root, 'data', 'qidong-2023.json'), 'utf8')))
const headline = dataset.indicators.filter((i) => i.headline && i.year === 2023)
const staticDir = mkdtempSync(join(tmpdir(), 'qd-static-'))
writeFileSync(join(staticDir, 'index.html'), staticHeadlinePage(dataset.report.title, headline))

// A sub-path, like a county intranet host would give the app.
const server = await serveStatic({ '/app/': dist, '/static/': staticDir })
const appUrl = `${server.origin}/app/`
const staticUrl = `${server.origin}/static/`
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
const probe: Probe = { figures: headline.map((i) => i.written), chartLoading: zh.chartLoading }

// Every load is a fresh context: no HTTP cache, no service worker, no storage — a first visit.
async function freshPage(b: Browser) {
  const context = await b.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  })
  await context.addInitScript(pageProbe, probe)
  const page = await context.newPage()
  const transfers: { url: string; type: string; bytes: number }[] = []
  // Content-Length is the gzip size as sent (tests/static-server.ts always sets it).
  page.on('response', (response) => {
    const bytes = Number(response.headers()['content-length'] ?? NaN)
    transfers.push({ url: response.url(), type: response.request().resourceType(), bytes })
  })
  return { context, page, transfers }
}

const marks = (page: Page, name: 'headline' | 'charts', timeout = 15_000) =>
  page
    // -1 means "seen, waiting for the frame that paints it".
    .waitForFunction((n) => (window.__bench[n] > 0 ? window.__bench[n] : 0), name, { timeout, polling: 50 })
    .then((h) => h.jsonValue())
    .catch(() => null)

// Time from a click (its event timestamp) to the first frame that shows the expected change.
async function clickLatency(page: Page, click: () => Promise<void>, until: string, arg: string) {
  await page.evaluate(
    ([u, a]) => {
      window.__bench.arm(u!, a!)
    },
    [until, arg],
  )
  await click()
  return page
    .waitForFunction(() => window.__bench.latency, null, { timeout: 10_000, polling: 20 })
    .then((h) => h.jsonValue())
    .catch(() => null)
}

type Run = {
  staticHeadline: Sample
  appHeadline: Sample
  appCharts: Sample
  filter: Sample
  clear: Sample
  glossary: Sample
  exportPng: Sample
}
const samples: Run[] = []
let transfers: { url: string; type: string; bytes: number }[] = []
const notes = new Set<string>()

for (let i = 0; i < runs; i++) {
  const run = {} as Run
  // Alternate the order so that neither page always gets the warmer machine.
  for (const which of i % 2 ? (['static', 'app'] as const) : (['app', 'static'] as const)) {
    const { context, page, transfers: t } = await freshPage(browser)
    await page.goto(which === 'app' ? appUrl : staticUrl)
    if (which === 'static') {
      run.staticHeadline = await marks(page, 'headline')
      await context.close()
      continue
    }
    run.appHeadline = await marks(page, 'headline')
    run.appCharts = await marks(page, 'charts')
    run.filter = await measureFilter(page)
    run.clear = await measureClear(page)
    run.glossary = await measureGlossary(page)
    run.exportPng = await measureExport(page)
    await page.waitForTimeout(200)
    if (i === 0) transfers = t
    await context.close()
  }
  samples.push(run)
  console.log(`  第 ${i + 1}/${runs} 次：`, JSON.stringify(run))
}
await browser.close()
const chromiumVersion = browser.version()
await server.close()

async function measureFilter(page: Page): Promise<Sample> {
  const group = page.getByRole('group', { name: '按领域筛选' })
  if (!(await group.count())) return missing('按领域筛选 not on the page')
  // The first sector; its label is what a panel heading starts with. Marked so the probe can find it.
  const option = group.getByRole('checkbox').first()
  const label = await option.evaluate((el) => {
    el.setAttribute('data-bench-target', '')
    const clone = el.closest('label')!.cloneNode(true) as HTMLElement
    for (const hidden of clone.querySelectorAll('[aria-hidden]')) hidden.remove()
    return clone.textContent.trim()
  })
  return clickLatency(page, () => group.locator('label').first().click(), 'filter', label)
}

// Clicking the same sector again brings every panel back.
async function measureClear(page: Page): Promise<Sample> {
  const option = page.locator('[data-bench-target]')
  if (!(await option.count())) return missing('no sector filter to clear')
  const count = await page.locator('main section[id^="sector-"]').count()
  return clickLatency(page, () => option.locator('xpath=ancestor::label').click(), 'clear', String(count))
}

async function measureGlossary(page: Page): Promise<Sample> {
  const button = page.getByRole('button', { name: '名词解释' })
  if (!(await button.count())) return missing('名词解释 button not on the page')
  const ms = await clickLatency(page, () => button.click(), 'dialog', '名词解释')
  await page.keyboard.press('Escape')
  return ms
}

async function measureExport(page: Page): Promise<Sample> {
  const menu = page.getByRole('button', { name: zh.exportMenu.button, exact: true }).first()
  if (!(await menu.count())) return missing('导出 menu not on the page')
  await menu.click()
  const item = page.getByRole('menuitem', { name: zh.exportMenu.png })
  const t0 = performance.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), item.click()])
  const ms = performance.now() - t0
  return download.suggestedFilename().endsWith('.png') ? ms : missing('export did not download a .png')
}

function missing(why: string) {
  notes.add(why)
  return null
}

// Bytes: what the page really transferred (gzip) on a first visit. Initial: the entry chunk, its static imports
// and their CSS, from Vite's manifest; everything else is a lazy chunk (the dataset's too, though it is preloaded).
type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>
const initialFiles = new Set<string>()
const visit = (key: string) => {
  const m = manifest[key]
  if (!m || initialFiles.has(m.file)) return
  initialFiles.add(m.file)
  for (const css of m.css ?? []) initialFiles.add(css)
  for (const i of m.imports ?? []) visit(i)
}
for (const [key, m] of Object.entries(manifest)) if (m.isEntry) visit(key)
const chunk = (url: string) => url.slice(appUrl.length)
const code = transfers.filter((t) => t.url.startsWith(appUrl) && /\.(js|css)$/.test(t.url))
const sum = (xs: typeof code) => xs.reduce((n, t) => n + t.bytes, 0)
const ofType = (ext: string, initial: boolean) =>
  code.filter((t) => t.url.endsWith(ext) && initialFiles.has(chunk(t.url)) === initial)
const bytes = {
  // index.html carries the prerendered first view and its stylesheet.
  html: transfers.find((t) => t.url === appUrl)?.bytes ?? 0,
  initial: { js: sum(ofType('.js', true)), css: sum(ofType('.css', true)) },
  lazy: { js: sum(ofType('.js', false)), css: sum(ofType('.css', false)) },
  chunks: code.map((t) => ({ file: chunk(t.url), gzip: t.bytes, initial: initialFiles.has(chunk(t.url)) })),
  // Every built chunk, loaded in this session or not (gzip -6, as the server sends it).
  built: readdirSync(join(dist, 'assets')).map((f) => ({
    file: `assets/${f}`,
    gzip: gzipSync(readFileSync(join(dist, 'assets', f))).length,
  })),
}

const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    loadAverage: loadavg(),
    chromium: chromiumVersion,
    node: process.version,
  },
  runs,
  timings: {
    staticHeadline: stats(samples.map((s) => s.staticHeadline)),
    appHeadline: stats(samples.map((s) => s.appHeadline)),
    appCharts: stats(samples.map((s) => s.appCharts)),
    filter: stats(samples.map((s) => s.filter)),
    clear: stats(samples.map((s) => s.clear)),
    glossary: stats(samples.map((s) => s.glossary)),
    exportPng: stats(samples.map((s) => s.exportPng)),
  },
  headlineRatio: null as number | null,
  bytes,
  notes: [...notes],
}
const { staticHeadline, appHeadline } = result.timings
if (staticHeadline && appHeadline) result.headlineRatio = appHeadline.median / staticHeadline.median

const budgets = [
  { name: '首屏 JS（gzip）', value: bytes.initial.js, max: 150 * kB, unit: 'B' },
  { name: '首个目标数字 应用÷静态页（中位数）', value: result.headlineRatio, max: 2, unit: '×' },
  { name: '领域筛选（中位数）', value: result.timings.filter?.median ?? null, max: 100, unit: 'ms' },
  { name: '取消领域筛选（中位数）', value: result.timings.clear?.median ?? null, max: 100, unit: 'ms' },
  { name: '打开名词解释（中位数）', value: result.timings.glossary?.median ?? null, max: 100, unit: 'ms' },
  { name: '导出一张 PNG（中位数）', value: result.timings.exportPng?.median ?? null, max: 500, unit: 'ms' },
].map((b) => ({ ...b, pass: b.value !== null && b.value <= b.max }))

const ms = (x: number) => `${x.toFixed(0)} ms`
const row = (label: string, s: ReturnType<typeof stats>) =>
  `${label.padEnd(28)} ${s ? `${ms(s.min).padStart(8)} ${ms(s.median).padStart(8)} ${ms(s.max).padStart(8)}` : '  (未测得)'}`
const size = (n: number) => `${(n / kB).toFixed(1)} kB`
console.log(`
机器：${result.machine.cpus} 核 ${result.machine.cpuModel}，负载 ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')}，Chromium ${chromiumVersion}，每项 ${runs} 次全新加载
${'时间'.padEnd(28)} ${'最小'.padStart(6)} ${'中位数'.padStart(6)} ${'最大'.padStart(6)}
${row('静态页：首个目标数字', result.timings.staticHeadline)}
${row('应用：首个目标数字', result.timings.appHeadline)}
${row('应用：看板全部图表绘出', result.timings.appCharts)}
${row('领域筛选 点击→面板更新', result.timings.filter)}
${row('取消领域筛选 点击→全部面板', result.timings.clear)}
${row('打开名词解释', result.timings.glossary)}
${row('导出一张 PNG', result.timings.exportPng)}
应用÷静态页（首个目标数字中位数）：${result.headlineRatio?.toFixed(2) ?? '—'}×
传输（gzip）：HTML ${size(bytes.html)} · 首屏 JS ${size(bytes.initial.js)} · 首屏 CSS ${size(bytes.initial.css)} · 按需 JS ${size(bytes.lazy.js)} · 按需 CSS ${size(bytes.lazy.css)}
${bytes.chunks.map((c) => `  ${c.initial ? '首屏' : '按需'} ${c.file.padEnd(44)} ${size(c.gzip)}`).join('\n')}
预算：
${budgets.map((b) => `  ${b.pass ? '✓' : '✗'} ${b.name}：${b.value === null ? '未测得' : b.unit === 'B' ? size(b.value) : b.unit === '×' ? `${b.value.toFixed(2)}×` : ms(b.value)}（上限 ${b.unit === 'B' ? size(b.max) : b.unit === '×' ? `${b.max}×` : ms(b.max)}）`).join('\n')}
${result.notes.map((n) => `注意：${n}`).join('\n')}`)

const out = join(root, 'bench-results')
mkdirSync(out, { recursive: true })
const json = JSON.stringify({ ...result, budgets }, null, 2)
writeFileSync(join(out, `${result.date.replace(/[:.]/g, '-')}.json`), json)
writeFileSync(join(out, 'latest.json'), json)
console.log(`结果已写入 bench-results/latest.json`)
if (check && budgets.some((b) => !b.pass)) {
  console.error('预算未达标（--check）')
  process.exitCode = 1
}
