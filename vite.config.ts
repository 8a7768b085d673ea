import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { defineConfig } from 'vitest/config'
import { alias } from './src/build/alias.ts'
import { checkedDataset } from './src/build/checked-dataset.ts'
import { cspMeta } from './src/build/csp-meta.ts'
import { datasetAsset } from './src/build/dataset-asset.ts'
import { inlineCss } from './src/build/inline-css.ts'
import { inlineFavicon } from './src/build/inline-favicon.ts'
import { precompressed } from './src/build/precompress.ts'
import { prerender } from './src/build/prerender.ts'
import { serviceWorker } from './src/build/service-worker.ts'
import { zodJitless } from './src/build/zod-jitless.ts'

// The build's own plugins live in src/build/, one file and one test each.

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

// The single-file build has no worker file: its import runs on the page (src/data/exchange/run-import.ts).
const singleFileWorkerStub = fileURLToPath(
  new URL('./src/data/exchange/start-import-worker-none.ts', import.meta.url),
)

// `vite build --mode single` (npm run build:single) writes one self-contained HTML file for file:// and email.
export default defineConfig(({ mode, command }) => {
  // Vite takes NODE_ENV from the mode when it is unset (vitest sets it to test), so `--mode single` shipped React's
  // development build and its prerender React's development renderer: every build is a production build.
  if (command === 'build') process.env.NODE_ENV = 'production'
  return mode === 'server'
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
          datasetAsset({ inline: mode === 'single' }),
          ...(mode === 'single'
            ? [inlineFavicon(), viteSingleFile()]
            : [inlineCss(), serviceWorker(), precompressed()]),
          // Last: it hashes the page's inline content as every other plugin has left it.
          cspMeta(),
        ],
        publicDir: mode === 'single' ? false : 'public',
        // The manifest tells the benchmark which chunks the entry needs and which load on demand.
        build:
          mode === 'single'
            ? { outDir: 'dist-single' }
            : {
                manifest: true,
                // exceljs (~930 kB) loads only when a .xlsx is read or written; the first screen's budget is
                // guarded by tests/build-output.e2e.ts (100 kB gzip), not by this warning.
                chunkSizeWarningLimit: 1000,
                rolldownOptions: {
                  output: {
                    // The first screen's modules in two chunks, React and the app (App and all it imports): ~25
                    // small shared chunks compressed apart cost ~9 kB gzip more, and React alone compresses the same
                    // whatever the app's module order (and stays cached across releases). main.tsx stays apart (its
                    // top-level await imports chunks that import these), and so does the preload helper: boot.ts
                    // needs only it before the first paint, and must not evaluate the app's code then.
                    codeSplitting: {
                      groups: [
                        { name: 'preload-helper', test: /preload-helper/, priority: 1 },
                        { name: 'react', test: /\/node_modules\/(react|react-dom|scheduler)\//, priority: 1 },
                        { name: 'app', test: /\/src\/app\/App\.tsx$/ },
                      ],
                    },
                  },
                },
              },
        // The import worker (data/exchange/import-worker.ts) is a module, like the app.
        worker: { format: 'es' },
        resolve: {
          alias:
            mode === 'single'
              ? { '@/data/exchange/start-import-worker': singleFileWorkerStub, ...alias }
              : alias,
        },
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
      }
})
