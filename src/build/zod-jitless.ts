import type { Plugin } from 'vite'

// zod's switch for new Function() lives on globalThis; set before any module script runs, so no bundling order
// (the single-file build evaluates inlined chunks early) lets zod probe eval and trip the CSP. See src/lib/zod-jitless.ts.
export function zodJitless(): Plugin {
  return {
    name: 'qidong:zod-jitless',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'script', children: 'globalThis.__zod_globalConfig={jitless:true}', injectTo: 'head-prepend' },
    ],
  }
}
