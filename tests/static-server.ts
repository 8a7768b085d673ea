import { readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

export type StaticServer = { origin: string; close: () => Promise<void> }

// Serves folders under URL prefixes (e.g. '/county/dashboard/' → dist/) the way a plain web host does: gzip for text,
// hashed assets cached for good, everything else revalidated. Lets tests prove the build works from a sub-path.
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const gzipped = new Map<string, { mtime: number; body: Buffer }>()
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p))
    const rel = prefix === undefined ? '' : normalize(path.slice(prefix.length) || 'index.html')
    const file = prefix === undefined || rel.startsWith('..') ? '' : join(mounts[prefix]!, rel)
    const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined
    if (!stat?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
      return
    }
    const type = types[extname(file)] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    let body: Buffer = readFileSync(file)
    if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const cached = gzipped.get(file)
      if (cached?.mtime !== stat.mtimeMs) gzipped.set(file, { mtime: stat.mtimeMs, body: gzipSync(body) })
      body = gzipped.get(file)!.body
      headers['content-encoding'] = 'gzip'
      headers.vary = 'accept-encoding'
    }
    headers['content-length'] = String(body.length)
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
