// `npm run bench` (tests/bench.ts) and `npm run bench:paint` (tests/bench-paint.ts, `paint` as first argument): run
// through Vite's module runner, since Node 20 cannot run TypeScript itself.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const script = process.argv[2] === 'paint' ? './bench-paint.ts' : './bench.ts'
// The app's own '@/…' imports (the dataset schema, the exchange format) resolve as in vite.config.ts.
await runnerImport(fileURLToPath(new URL(script, import.meta.url)), {
  configFile: false,
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  logLevel: 'warn',
})
