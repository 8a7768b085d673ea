import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { zhExchange } from '../src/i18n/zh-exchange'
import { zhExportMenu } from '../src/i18n/zh-export-menu'
import { pageProbe, type Probe } from './bench-probe'

// What one fresh page load measures, in the page's own clock (see bench-probe.ts).

export type Sample = number | null
export type Transfer = { url: string; type: string; bytes: number }
export type Seed = { key: string; value: string }

// Every load is a fresh context: no HTTP cache, no service worker, no storage — a first visit (or a profile that
// already holds `seed`). cpu > 1 slows the page's CPU that many times (CDP), like an old office PC.
export async function freshPage(browser: Browser, probe: Probe, cpu: number, seed?: Seed) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  })
  if (seed)
    await context.addInitScript(({ key, value }) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value)
    }, seed)
  await context.addInitScript(pageProbe, probe)
  const page = await context.newPage()
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu })
  const transfers: Transfer[] = []
  // Content-Length is the gzip size as sent (tests/static-server.ts always sets it).
  page.on('response', (response) => {
    const bytes = Number(response.headers()['content-length'] ?? NaN)
    transfers.push({ url: response.url(), type: response.request().resourceType(), bytes })
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' && !/api\/health|404/.test(m.text())) errors.push(m.text())
  })
  return { context, page, transfers, errors }
}

const mark = (page: Page, name: 'headline' | 'live' | 'charts', timeout: number) =>
  page
    // -1 means "seen, waiting for the frame that paints it"; the headline is set once, by Element Timing.
    .waitForFunction((n) => (window.__bench[n] > 0 ? window.__bench[n] : 0), name, { timeout, polling: 50 })
    .then((h) => h.jsonValue())
    .catch(() => null)

export const staticHeadline = (page: Page) => mark(page, 'headline', 15_000)

export type Load = {
  headline: Sample
  firstPaint: Sample
  liveAfterPaint: Sample
  charts: Sample
  longestTask: Sample
  totalBlocking: Sample
}

// A load lasts until every chart is drawn and one quiet second follows (or the timeout): its long tasks are the
// ones that start before then. Total blocking time counts each task's time over 50 ms after the first paint.
export async function measureLoad(page: Page, timeout: number): Promise<Load> {
  const headline = await mark(page, 'headline', timeout)
  const live = await mark(page, 'live', timeout)
  const charts = await mark(page, 'charts', timeout)
  await page.waitForTimeout(1000)
  const b = await page.evaluate(() => ({
    firstPaint: window.__bench.firstPaint,
    tasks: window.__bench.tasks,
    now: performance.now(),
  }))
  const end = (charts ?? b.now) + 1000
  const tasks = b.tasks.filter((t) => t.start < end)
  return {
    headline,
    firstPaint: b.firstPaint || null,
    liveAfterPaint: live && b.firstPaint ? Math.max(0, live - b.firstPaint) : null,
    charts,
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    totalBlocking: tasks
      .filter((t) => t.start >= b.firstPaint)
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  }
}

// Interactions faster than Event Timing's 16 ms threshold are not reported: counted as 16 ms (an upper bound).
const FASTEST_REPORTED = 16

// One click on a chip and its INP (Event Timing duration: input to the next paint, processing included).
async function interaction(page: Page, click: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => window.__bench.interactions.length)
  await click()
  const entry = await page
    .waitForFunction((n) => window.__bench.interactions[n]?.duration ?? 0, before, {
      timeout: 3000,
      polling: 50,
    })
    .then((h) => h.jsonValue())
    .catch(() => FASTEST_REPORTED)
  // Let the rest of the update (effects, deferred renders) finish before the next click.
  await page.waitForTimeout(300)
  return entry
}

// A filter chip of the given group clicked on, then off again: two interactions.
export async function chipInp(page: Page, legend: string): Promise<number[]> {
  const group = page.getByRole('group', { name: legend })
  if (!(await group.count())) return []
  const label = group.locator('label').first()
  const on = await interaction(page, () => label.click())
  const off = await interaction(page, () => label.click())
  return [on, off]
}

// Time from an event (its timestamp) to the first frame that shows the dialog.
async function untilDialog(page: Page, title: string, content: string | undefined, act: () => Promise<void>) {
  await page.evaluate(
    ([t, c]) => {
      window.__bench.arm('dialog', t!, c)
    },
    [title, content],
  )
  await act()
  return page
    .waitForFunction(() => window.__bench.latency, null, { timeout: 120_000, polling: 20 })
    .then((h) => h.jsonValue())
    .catch(() => null)
}

export async function measureGlossary(page: Page): Promise<Sample> {
  const button = page.getByRole('button', { name: '名词解释' })
  if (!(await button.count())) return null
  const ms = await untilDialog(page, '名词解释', undefined, () => button.click())
  await page.keyboard.press('Escape')
  return ms
}

export async function measureExport(page: Page): Promise<Sample> {
  const menu = page.getByRole('button', { name: zhExportMenu.button, exact: true }).first()
  if (!(await menu.count())) return null
  await menu.click()
  const item = page.getByRole('menuitem', { name: zhExportMenu.png })
  const t0 = performance.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), item.click()])
  const ms = performance.now() - t0
  return download.suggestedFilename().endsWith('.png') ? ms : null
}

// A file chosen in 导入文件 (its change event) until the preview shows its counts; and the longest task meanwhile.
// The file is handed over from disk, as a user picks it: given as a buffer, Playwright decodes it in the page (one
// callback per byte), a 500 ms task of its own that the app's figure would otherwise carry.
export async function measureImport(page: Page, name: string, csv: Buffer) {
  const input = page.getByLabel('导入文件')
  const title = zhExchange.previewTitle(name)
  const dir = mkdtempSync(join(tmpdir(), 'qd-import-'))
  const file = join(dir, name)
  writeFileSync(file, csv)
  const t0 = await page.evaluate(() => performance.now())
  const ms = await untilDialog(page, title, '将新增', () => input.setInputFiles(file))
  rmSync(dir, { recursive: true })
  await page.waitForTimeout(500)
  const longest = await page.evaluate(
    (since) =>
      Math.max(0, ...window.__bench.tasks.filter((t) => t.start + t.duration > since).map((t) => t.duration)),
    t0,
  )
  return { preview: ms, longestTask: ms === null ? null : longest }
}
