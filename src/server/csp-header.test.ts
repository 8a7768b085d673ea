import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './test-support'

// The server sends the app's one policy (lib/csp.ts) as a header: scripts and styles only from itself or by the
// hash of the page's own inline content, never 'unsafe-inline'.

const script = 'document.documentElement.dataset.ready = "1"'
const style = 'body{margin:0}'
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const dir = mkdtempSync(join(tmpdir(), 'qd-csp-'))
let server: TestServer
beforeAll(async () => {
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="UTF-8"><style>${style}</style></head>` +
      `<body><script>${script}</script><script type="module" src="./assets/app.js"></script></body></html>`,
  )
  server = await startTestServer({ staticDir: dir })
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const directives = (header: unknown) =>
  new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )

it('sends script-src and style-src with the page’s hashes and no unsafe-inline on /', async () => {
  const res = await server.app.inject({ url: '/' })
  expect(res.statusCode).toBe(200)
  const header = res.headers['content-security-policy']
  expect(header).not.toContain('unsafe-inline')
  expect(header).not.toContain('unsafe-eval')
  const policy = directives(header)
  expect(policy.get('script-src')).toEqual(["'self'", hash(script)])
  expect(policy.get('style-src')).toEqual(["'self'", hash(style)])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'none'"])
  expect(policy.get('frame-ancestors')).toEqual(["'none'"])
})

it('sends the same policy with the API’s answers', async () => {
  const page = await server.app.inject({ url: '/' })
  const api = await server.app.inject({ url: '/api/health' })
  expect(api.headers['content-security-policy']).toBe(page.headers['content-security-policy'])
})
