// `npm run bench`: runs tests/bench.ts through Vite's module runner, since Node 20 cannot run TypeScript itself.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

// The app's own '@/…' imports (the dataset schema, the exchange format) resolve as in vite.config.ts.
await runnerImport(fileURLToPath(new URL('./bench.ts', import.meta.url)), {
  configFile: false,
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  logLevel: 'warn',
})
