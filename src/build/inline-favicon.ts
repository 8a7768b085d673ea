import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

// The single-file build has no public/ folder beside it, so its favicon travels inside the HTML.
export function inlineFavicon(file = new URL('../../public/favicon.svg', import.meta.url)): Plugin {
  const svg = readFileSync(file, 'utf8')
  return {
    name: 'qidong:inline-favicon',
    transformIndexHtml: (html) =>
      html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`),
  }
}
