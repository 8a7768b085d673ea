import type { Plugin } from 'vite'
import type { OutputBundle, OutputChunk } from 'rolldown'

const APP_MODULE = '/src/app/main.tsx'

// The chunk of src/app/main.tsx and every chunk it imports statically, in load order (dependencies first).
export function appChunks(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
  const app = chunks.find((c) => c.facadeModuleId?.endsWith(APP_MODULE))
  if (!app) throw new Error(`no chunk for ${APP_MODULE.slice(1)} to preload`)
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const order: string[] = []
  const visit = (chunk: OutputChunk) => {
    if (order.includes(chunk.fileName)) return
    order.push(chunk.fileName)
    for (const file of chunk.imports) {
      const dep = byName.get(file)
      if (dep) visit(dep)
    }
  }
  visit(app)
  return order
}

// src/app/boot.ts imports the app only after the first paint: its chunks are still fetched (and compiled) while
// the HTML parses, so waiting for the paint costs no download time.
export function preloadApp(): Plugin {
  return {
    name: 'qidong:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle = {} }) {
        const linked = new Set([...html.matchAll(/href="\.\/([^"]+)"/g)].map((m) => m[1]))
        return appChunks(bundle)
          .filter((file) => !linked.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}
