// `npm run bench`: runs tests/bench.ts through Vite's module runner, since Node 20 cannot run TypeScript itself.
import { runnerImport } from 'vite'

await runnerImport(new URL('./bench.ts', import.meta.url).pathname)
