import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Transfer } from './bench-measure'

const APP_MODULE = 'src/app/main.tsx'

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }

// The critical path: every script, stylesheet and data file index.html loads or preloads (the dataset's JSON too),
// and the app's module that boot.ts imports after the first paint, with their static imports and CSS from Vite's
// manifest. Everything else is a lazy chunk.
export function criticalFiles(dist: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const files = new Set<string>()
  const visit = (key: string) => {
    const m = manifest[key]
    if (!m || files.has(m.file)) return
    files.add(m.file)
    for (const css of m.css ?? []) files.add(css)
    for (const i of m.imports ?? []) visit(i)
  }
  const keyOfFile = new Map(Object.entries(manifest).map(([key, m]) => [m.file, key]))
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  for (const [, file] of html.matchAll(
    /<(?:script|link)\b[^>]*?\b(?:src|href)="\.\/([^"]+\.(?:js|css|json))"/g,
  )) {
    const key = keyOfFile.get(file!)
    if (key) visit(key)
    else files.add(file!)
  }
  for (const [key, m] of Object.entries(manifest)) if (m.isEntry) visit(key)
  // The app itself: src/app/boot.ts imports it as soon as the prerendered page is on screen, so its chunks are on
  // the critical path although index.html no longer preloads them.
  visit(APP_MODULE)
  return files
}

// What the page really transferred (gzip) on a first visit, split into critical and lazy.
export function transferBytes(dist: string, appUrl: string, transfers: Transfer[]) {
  const initialFiles = criticalFiles(dist)
  const chunk = (url: string) => url.slice(appUrl.length)
  const code = transfers.filter((t) => t.url.startsWith(appUrl) && /\.(js|css|json)$/.test(t.url))
  const sum = (xs: typeof code) => xs.reduce((n, t) => n + t.bytes, 0)
  const ofType = (ext: string, initial: boolean) =>
    code.filter((t) => t.url.endsWith(ext) && initialFiles.has(chunk(t.url)) === initial)
  return {
    // index.html carries the prerendered first view and its stylesheet.
    html: transfers.find((t) => t.url === appUrl)?.bytes ?? 0,
    // The dataset is data, not code: its JSON is counted apart from the JS budget, and still shown.
    initial: {
      js: sum(ofType('.js', true)),
      css: sum(ofType('.css', true)),
      data: sum(ofType('.json', true)),
    },
    lazy: {
      js: sum(ofType('.js', false)),
      css: sum(ofType('.css', false)),
      data: sum(ofType('.json', false)),
    },
    chunks: code.map((t) => ({ file: chunk(t.url), gzip: t.bytes, initial: initialFiles.has(chunk(t.url)) })),
    // Every built chunk, loaded in this session or not (gzip -6, as the server sends it).
    built: readdirSync(join(dist, 'assets'))
      .filter((f) => /\.(js|css|json)$/.test(f))
      .map((f) => ({ file: `assets/${f}`, gzip: gzipSync(readFileSync(join(dist, 'assets', f))).length })),
  }
}
