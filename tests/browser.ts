import { mkdirSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { chromiumArgs, executablePath } from './chromium'

export const artifacts = join(import.meta.dirname, '..', 'artifacts')
mkdirSync(artifacts, { recursive: true })

// Charts, tables and task lists skip rendering while off screen (content-visibility: auto, see chart-frame.tsx);
// a full-page screenshot draws them all, as a user scrolling down sees them.
export const fullPage = {
  fullPage: true,
  style: '* { content-visibility: visible !important }',
} as const

export const baseURL = () => inject('baseURL')

/** A chart drawn in its frame: an <svg> with marks in the chart body, plain SVG or recharts alike */
export const drawnChart = (frame = '[data-chart-frame]') => `${frame} [data-chart-body] svg:has(path, rect)`

export type Session = { context: BrowserContext; page: Page; problems: string[] }

// A fresh profile per session, with every console error and failed request collected.
export async function openBrowser(
  options: { width?: number; height?: number; enforceCsp?: boolean } = {},
): Promise<Session> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(inject('profiles'), 'p-')), {
    executablePath,
    args: chromiumArgs,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'zh-CN',
    // Playwright's own injections (a screenshot's `style`, addScriptTag) would break the app's CSP; the CSP
    // itself is tested with it enforced (tests/harden-csp.e2e.ts).
    bypassCSP: !options.enforceCsp,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  // Static hosting answers the app's start-up probe for the shared server (GET api/health) with 404: expected.
  const probe = (url: string) => /\/api\/health$/.test(url)
  page.on('console', (m) => {
    if (m.type() === 'error' && !probe(m.location().url)) problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  // A navigation (goto, reload, back) cancels requests still in flight, such as a lazy chart chunk: not an app failure.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? ''
    if (error !== 'net::ERR_ABORTED' && !probe(r.url())) problems.push(`requestfailed: ${r.url()} ${error}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 404 && probe(r.url())))
      problems.push(`http ${r.status()}: ${r.url()}`)
  })
  return { context, page, problems }
}
