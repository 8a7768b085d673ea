// A strict CSP (no inline script or style without its hash, no eval, no plugins, no <base>) on the served and the
// single-file build, and not one violation while every view, dialog and export is used.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { contentSecurityPolicy, CSP_DIRECTIVES } from '../src/lib/csp'
import { artifacts, baseURL, openBrowser, type Session } from './browser'
import { tour } from './harden-tour'
import { startServed } from './served'

const root = join(import.meta.dirname, '..')
let s: Session
beforeAll(async () => {
  await build({ mode: 'single', logLevel: 'warn' })
  s = await openBrowser({ enforceCsp: true })
}, 120_000)
afterAll(async () => {
  await s.context.close()
})

const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? ''

it.each([
  ['served', 'dist/index.html'],
  ['single-file', 'dist-single/index.html'],
])('the %s build carries the strict policy, hashing exactly its inline content', (_, file) => {
  const html = readFileSync(join(root, file), 'utf8')
  const policy = policyOf(html)
  expect(policy).toBe(
    contentSecurityPolicy(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')),
  )
  const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
  expect(directives.get('script-src')?.[0]).toBe("'self'")
  expect(directives.get('style-src')?.[0]).toBe("'self'")
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(directives.get('base-uri')).toEqual(["'none'"])
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/)
  expect(policy.startsWith(Object.keys(CSP_DIRECTIVES)[0]!)).toBe(true)
  // No style="…" attribute in the markup: style-src 'self' would refuse it.
  expect(html).not.toMatch(/<[^>]+\sstyle="/)
})

it('the single-file build registers no service worker', () => {
  const html = readFileSync(join(root, 'dist-single', 'index.html'), 'utf8')
  expect(html).not.toMatch(/sw\.js|workbox/i)
})

async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const found: string[] = []
    Object.assign(window, { __violations: found })
    document.addEventListener('securitypolicyviolation', (e) => {
      found.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
    })
  })
  const console: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text())
  })
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ...console,
  ]
}

it.each([
  ['served', () => baseURL()],
  ['single-file', () => pathToFileURL(join(root, 'dist-single', 'index.html')).href],
])('the %s build: no violation in any view, dialog or export', async (_, url) => {
  const page = await s.context.newPage()
  const violations = await watchViolations(page)
  const seen = new Map<string, string>()
  await tour(page, url(), async (place) => {
    for (const v of await violations()) if (!seen.has(v)) seen.set(v, place)
  })
  await page.waitForTimeout(500)
  for (const v of await violations()) if (!seen.has(v)) seen.set(v, '最后')
  expect([...seen].map(([v, place]) => `${place}: ${v}`)).toEqual([])
  await page.close()
})

const ADMIN = { login: 'dcs', password: 'correct-horse-9', role: 'admin' as const }

it('the real server sends the same policy as a header, and the app served by it raises no violation', async () => {
  const server = await startServed()
  try {
    server.userAdded(ADMIN)
    const response = await fetch(server.url)
    const html = await response.text()
    const header = response.headers.get('content-security-policy') ?? ''
    expect(header).toBe(
      contentSecurityPolicy(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), {
        header: true,
      }),
    )
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/)
    const page = await s.context.newPage()
    const violations = await watchViolations(page)
    await page.goto(server.url)
    await page.getByLabel('账号').fill(ADMIN.login)
    await page.getByLabel('密码').fill(ADMIN.password)
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/session') && r.request().method() === 'POST'),
      page.getByRole('button', { name: '登录' }).click(),
    ])
    const seen = new Map<string, string>()
    await tour(page, server.url, async (place) => {
      for (const v of await violations()) if (!seen.has(v)) seen.set(v, place)
    })
    await page.waitForTimeout(500)
    for (const v of await violations()) if (!seen.has(v)) seen.set(v, '最后')
    expect([...seen].map(([v, place]) => `${place}: ${v}`)).toEqual([])
    await page.close()
  } finally {
    await server.stop()
  }
}, 180_000)

it('the single-file build says where entries are recorded that its store is shared by every local page', async () => {
  const page = await s.context.newPage()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${pathToFileURL(join(root, 'dist-single', 'index.html')).href}?view=progress`)
  const notice = page.getByRole('complementary', { name: '单文件版：记录保存在本机浏览器，且不是私密的' })
  await expect(notice.textContent()).resolves.toContain('请使用单位部署的共享服务器版看板')
  await page.screenshot({ path: join(artifacts, 'harden-single-notice-390.png') })
  await page.goto(`${baseURL()}?view=progress`)
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  await expect(page.getByRole('complementary', { name: /单文件版/ }).count()).resolves.toBe(0)
  await page.close()
})
