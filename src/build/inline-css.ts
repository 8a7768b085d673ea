import type { Plugin } from 'vite'

// The first view's stylesheet travels inside index.html: no render-blocking request before the first paint.
export function inlineCss(): Plugin {
  return {
    name: 'qidong:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle = {} }) {
        return html.replace(/<link rel="stylesheet"[^>]* href="\.\/([^"]+\.css)">/g, (link, file: string) => {
          const css = bundle[file]
          if (css?.type !== 'asset') return link
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the file now lives in the HTML
          delete bundle[file]
          return `<style>${String(css.source)}</style>`
        })
      },
    },
  }
}
