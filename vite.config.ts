import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { runnerImport, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { defineConfig } from 'vitest/config'

// Fills public/sw.js's precache list with every built file and versions the cache by their content.
function precache(): Plugin {
  return {
    name: 'qidong:precache',
    apply: 'build',
    writeBundle({ dir = 'dist' }) {
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => relative(dir, join(f.parentPath, f.name)).split('\\').join('/'))
        .filter((f) => f !== 'sw.js' && !f.startsWith('.vite/'))
        .sort()
      const hash = createHash('sha256')
      for (const f of files) hash.update(f).update(readFileSync(join(dir, f)))
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
      const manifest = JSON.stringify({ version: hash.digest('hex').slice(0, 12), files })
      if (!sw.includes('self.__PRECACHE__')) throw new Error('sw.js has no self.__PRECACHE__ to fill in')
      writeFileSync(join(dir, 'sw.js'), sw.replace('self.__PRECACHE__', manifest))
    },
  }
}

// The dataset chunk is fetched while the entry chunk is still loading, not only once the app has started and asks.
function preloadDataset(): Plugin {
  return {
    name: 'qidong:preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle = {} }) {
        const chunk = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/data/dataset/load-dataset.ts'),
        )
        if (!chunk) throw new Error('no chunk for src/data/dataset/load-dataset.ts to preload')
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ]
      },
    },
  }
}

// The dashboard's first view, rendered at build time into index.html (src/app/prerender.tsx): the headline figures
// paint with the page, before any script has run. A link to another view drops it at once (inline script).
function prerender(): Plugin {
  return {
    name: 'qidong:prerender',
    apply: 'build',
    async transformIndexHtml(html) {
      const { module } = await runnerImport<{ prerender: () => string }>('/src/app/prerender.tsx', {
        configFile: false,
        resolve: { alias },
        logLevel: 'warn',
      })
      const root = '<div id="root"></div>'
      if (!html.includes(root)) throw new Error(`index.html has no ${root} to prerender into`)
      const dropForOtherViews = `<script>if (/[?&]view=/.test(location.search)) document.getElementById('root').replaceChildren()</script>`
      return html.replace(root, `<div id="root">${module.prerender()}</div>${dropForOtherViews}`)
    },
  }
}

// The first view's stylesheet travels inside index.html: no render-blocking request before the first paint.
function inlineCss(): Plugin {
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

// The single-file build has no public/ folder beside it, so its favicon travels inside the HTML.
function inlineFavicon(): Plugin {
  const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8')
  return {
    name: 'qidong:inline-favicon',
    transformIndexHtml: (html) =>
      html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`),
  }
}

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

// `vite build --mode server` (npm run build:server) bundles src/server for Node into dist-server/; packages stay
// in node_modules, the dataset and the shared domain code travel inside.
const serverBuild = {
  resolve: { alias },
  publicDir: false as const,
  build: {
    ssr: true,
    outDir: 'dist-server',
    target: 'node20',
    rolldownOptions: { input: { main: 'src/server/main.ts', cli: 'src/server/cli.ts' } },
  },
}

// `vite build --mode single` (npm run build:single) writes one self-contained HTML file for file:// and email.
export default defineConfig(({ mode }) =>
  mode === 'server'
    ? serverBuild
    : {
        // Relative base: the built site works from any sub-path and from disk.
        base: './',
        plugins: [
          react(),
          tailwindcss(),
          prerender(),
          ...(mode === 'single'
            ? [inlineFavicon(), viteSingleFile()]
            : [preloadDataset(), inlineCss(), precache()]),
        ],
        publicDir: mode === 'single' ? false : 'public',
        // The manifest tells the benchmark which chunks the entry needs and which load on demand.
        build: mode === 'single' ? { outDir: 'dist-single' } : { manifest: true },
        resolve: { alias },
        test: {
          projects: [
            {
              extends: true,
              test: {
                name: 'unit',
                environment: 'jsdom',
                include: ['src/**/*.test.{ts,tsx}'],
                exclude: ['src/server/**'],
                setupFiles: ['src/test-setup.ts'],
                // user-event integration tests take 1–4 s each here; 2 cores shared by many workers can triple that.
                testTimeout: 20_000,
              },
            },
            {
              extends: true,
              test: {
                // The API suite: in-process against a fresh PGlite, or PostgreSQL when TEST_DATABASE_URL is set.
                name: 'server',
                environment: 'node',
                include: ['src/server/**/*.test.ts'],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
            {
              extends: true,
              test: {
                name: 'e2e',
                environment: 'node',
                include: ['tests/**/*.e2e.ts'],
                globalSetup: ['tests/global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 60_000,
                fileParallelism: false,
              },
            },
          ],
        },
      },
)
