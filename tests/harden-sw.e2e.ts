// The service worker keeps to its app: other pages in its scope reach the server, a new build asks 有新版本 before
// it takes over, and once the app's index is gone from the server the worker unregisters itself.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, openBrowser, type Session } from './browser'
import { serveStatic, type StaticServer } from './static-server'

const root = mkdtempSync(join(tmpdir(), 'qd-sw-'))
const app = join(root, 'app')
const other = join(root, 'other')
let server: StaticServer
let s: Session
let url: string
beforeAll(async () => {
  // A copy of the build, so the test can publish a "new build" and remove the site without touching dist/.
  cpSync(join(import.meta.dirname, '..', 'dist'), app, { recursive: true })
  mkdirSync(other)
  writeFileSync(
    join(other, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>另一个页面</title><h1>另一个页面</h1>',
  )
  // Longest prefix first: the static server takes the first mount that matches.
  server = await serveStatic({ '/county/targets/other/': other, '/county/targets/': app })
  url = `${server.origin}/county/targets/`
  s = await openBrowser({ width: 390, height: 844 })
})
afterAll(async () => {
  await s.context.close()
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

const controlled = () =>
  s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })

it('answers only the app’s own URL from the cache: another page and a missing file in the scope reach the server', async () => {
  const { page } = s
  await page.goto(`${url}?view=progress`)
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  await controlled()
  await page.goto(`${url}other/`)
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('另一个页面')
  const missing = await page.goto(`${url}old-report.html`)
  expect(missing?.status()).toBe(404)
  // The app itself, at any of its URLs, still comes from the worker.
  const again = await page.goto(`${url}?view=report`)
  expect(again?.fromServiceWorker()).toBe(true)
  await page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
})

it('shows 有新版本 after a new build is published, and switches to it only when asked', async () => {
  const { page } = s
  await page.goto(url)
  await controlled()
  // A new build: a changed index.html, and a worker whose precache list carries its new revision.
  const html = readFileSync(join(app, 'index.html'), 'utf8')
  writeFileSync(join(app, 'index.html'), html.replace('</body>', '<!-- 第2版 --></body>'))
  const sw = readFileSync(join(app, 'sw.js'), 'utf8')
  const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1' + 'b'.repeat(32) + '"')
  expect(next).not.toBe(sw)
  writeFileSync(join(app, 'sw.js'), next)

  await page.reload()
  const prompt = page.getByRole('status').filter({ hasText: '有新版本' })
  await prompt.waitFor({ timeout: 20_000 })
  await page.screenshot({ path: join(artifacts, 'harden-update-390.png') })
  // Until the user asks, the page is still the old build.
  expect(await page.content()).not.toContain('第2版')
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: '刷新使用新版本' }).click(),
  ])
  await page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
  await expect.poll(() => page.content()).toContain('第2版')
})

it('unregisters itself and drops its cache once the app’s index is gone from the server', async () => {
  const { page } = s
  await page.goto(url)
  await controlled()
  rmSync(join(app, 'index.html'))
  // The worker still has the app; the app finds its index gone and takes the worker down.
  await page.reload()
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), {
      timeout: 20_000,
    })
    .toBe(0)
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([])
  const after = await page.reload()
  expect(after?.status()).toBe(404)
})
