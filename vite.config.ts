import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { runnerImport, type Plugin, type PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { styleAttributesToClasses, withCspMeta } from './src/lib/csp.ts'
import { precompress } from './src/lib/precompress.ts'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { defineConfig } from 'vitest/config'

// Offline after the first visit, through Workbox: only this build's own files are precached, and only the app's own
// URL (its folder or index.html, with any ?query) is answered from the cache. Other pages, files and sub-folders in
// the same scope go to the network. A new build waits for the user (有新版本, src/app/update-prompt.tsx).
function serviceWorker(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    filename: 'sw.js',
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js'],
      // No catch-all fallback: a navigation the precache does not hold goes to the server.
      navigateFallback: null,
      directoryIndex: 'index.html',
      // Any ?view=…&sector=… of the app is the one index.html; sw-probe is kept so the removal check reaches the server.
      ignoreURLParametersMatching: [/^(?!sw-probe$)/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      // Hashed file names are their content: no cache-busting query needed.
      dontCacheBustURLsMatching: /\/assets\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  })
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

// The bundled dataset is checked against the zod schema once, here: a malformed file stops the build (and the dev
// server) with a Chinese message naming each record and field, and the app loads it without zod.
function checkedDataset(): Plugin {
  const file = 'data/qidong-2023.json'
  return {
    name: 'qidong:checked-dataset',
    // Under vitest the unit tests parse the real dataset themselves (check-dataset.test.ts).
    apply: () => !process.env.VITEST,
    async buildStart() {
      const { module } = await runnerImport<{ checkDataset: (raw: unknown, file: string) => string | null }>(
        '/src/data/dataset/check-dataset.ts',
        { configFile: false, resolve: { alias }, logLevel: 'warn' },
      )
      const raw: unknown = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'))
      const problem = module.checkDataset(raw, file)
      if (problem) this.error(problem)
    },
  }
}

// The dashboard's first view, rendered at build time into index.html (src/app/prerender.tsx): the headline figures
// paint with the page, before any script has run. A link to another view drops it at once (inline script); a filter
// chip toggled before the app is live is kept in the URL (src/app/keep-early-clicks.ts).
function prerender(): Plugin {
  return {
    name: 'qidong:prerender',
    apply: 'build',
    async transformIndexHtml(html) {
      const { module } = await runnerImport<{ prerender: () => string; keepEarlyClicksScript: string }>(
        '/src/app/prerender.tsx',
        {
          configFile: false,
          resolve: { alias },
          logLevel: 'warn',
        },
      )
      const root = '<div id="root"></div>'
      if (!html.includes(root)) throw new Error(`index.html has no ${root} to prerender into`)
      const dropForOtherViews = `if (/[?&]view=/.test(location.search)) document.getElementById('root').replaceChildren()`
      const script = `<script>${dropForOtherViews};${module.keepEarlyClicksScript}</script>`
      // style="…" attributes would need 'unsafe-inline' under the CSP: they become classes in a hashed <style>.
      const first = styleAttributesToClasses(module.prerender())
      return html
        .replace('</head>', `<style>${first.css}</style></head>`)
        .replace(root, `<div id="root">${first.html}</div>${script}`)
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

// The Content-Security-Policy (src/lib/csp.ts) as the first <meta> of index.html, with the hash of every inline
// script and style as they finally are: after CSS inlining and, in the single-file build, after everything is inlined.
function csp(): Plugin {
  return {
    name: 'qidong:csp',
    apply: 'build',
    // After vite-plugin-singlefile (also 'post'), which inlines the scripts this must hash.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html']
        if (html?.type !== 'asset') throw new Error('no index.html to put the CSP into')
        html.source = withCspMeta(String(html.source))
      },
    },
  }
}

// zod's switch for new Function() lives on globalThis; set before any module script runs, so no bundling order
// (the single-file build evaluates inlined chunks early) lets zod probe eval and trip the CSP. See src/lib/zod-jitless.ts.
function zodJitless(): Plugin {
  return {
    name: 'qidong:zod-jitless',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'script', children: 'globalThis.__zod_globalConfig={jitless:true}', injectTo: 'head-prepend' },
    ],
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

// A .br and a .gz beside every text file of the build (src/lib/precompress.ts), for the server and static hosts.
function precompressed(): Plugin {
  let outDir = 'dist'
  return {
    name: 'qidong:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After every file is written, the service worker (written in closeBundle) included.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompress(outDir)
      },
    },
  }
}

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

// `vite build --mode server` (npm run build:server) bundles src/server for Node into dist-server/; packages stay
// in node_modules, the dataset and the shared domain code travel inside.
const serverBuild = {
  plugins: [checkedDataset()],
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
          checkedDataset(),
          prerender(),
          zodJitless(),
          ...(mode === 'single'
            ? [inlineFavicon(), viteSingleFile()]
            : [preloadDataset(), inlineCss(), serviceWorker(), precompressed()]),
          // Last: it hashes the page's inline content as every other plugin has left it.
          csp(),
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
