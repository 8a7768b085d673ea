import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { precompress } from '@/build/precompress'
import { markServed } from '@/lib/served-mark'
import { startTestServer, type TestServer } from './test-support'

// The built app goes out precompressed: brotli to a browser that accepts it, gzip to one that accepts only gzip,
// and the plain file to one that accepts neither; each the same bytes once decoded.

const dir = mkdtempSync(join(tmpdir(), 'qd-static-'))
const html = `<!doctype html><html lang="zh-CN"><head><title>祁东目标看板</title></head><body>${'<p>地区生产总值增长7.5%左右</p>'.repeat(60)}</body></html>`
const script = `console.log(${JSON.stringify('超进度 达进度 欠进度 未报送 '.repeat(80))})`
let server: TestServer

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), html)
  writeFileSync(join(dir, 'app.js'), script)
  expect((await precompress(dir)).sort()).toEqual(['app.js', 'index.html'])
  server = await startTestServer({ staticDir: dir })
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const get = (url: string, encoding: string) =>
  server.app.inject({ url, headers: { 'accept-encoding': encoding } })

it('sends brotli to a browser that accepts it', async () => {
  for (const [url, body] of [
    ['/', markServed(html)],
    ['/app.js', script],
  ] as const) {
    const res = await get(url, 'gzip, deflate, br')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toMatch(/accept-encoding/i)
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(body)
  }
})

it('sends gzip to a browser that accepts only gzip', async () => {
  const res = await get('/app.js', 'gzip')
  expect(res.headers['content-encoding']).toBe('gzip')
  expect(res.headers['content-type']).toMatch(/javascript/)
  expect(gunzipSync(res.rawPayload).toString()).toBe(script)
})

it('sends the plain file to a client that accepts neither', async () => {
  const res = await get('/app.js', 'identity')
  expect(res.headers['content-encoding']).toBeUndefined()
  expect(res.body).toBe(script)
})

it('marks the page it serves (and only that), so the app knows at once that it is on the server', async () => {
  for (const url of ['/', '/index.html', '/index.html?view=progress']) {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await get(url, encoding)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toMatch(/^text\/html/)
      const body =
        encoding === 'br'
          ? brotliDecompressSync(res.rawPayload).toString()
          : encoding === 'gzip'
            ? gunzipSync(res.rawPayload).toString()
            : res.body
      expect(body, `${url} ${encoding}`).toBe(html.replace('<html ', '<html data-served '))
    }
  }
  expect((await get('/app.js', 'identity')).body).toBe(script)
})
