// @vitest-environment node
// The app's chunk and all it imports statically are modulepreloaded (dependencies after their importer, each once);
// a build without the app's chunk fails loudly.
import type { OutputBundle } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { chunk, runTransformIndexHtml } from './hooks'
import { preloadApp } from './preload-app'

const withImports = (fileName: string, facadeModuleId: string, imports: string[]) =>
  ({ ...chunk(fileName, facadeModuleId), imports }) as unknown as OutputBundle[string]

const bundle = {
  'assets/index-a1.js': withImports('assets/index-a1.js', '/repo/src/app/boot.ts', ['assets/helper-h.js']),
  'assets/helper-h.js': withImports('assets/helper-h.js', '/repo/src/helper.ts', []),
  'assets/main-m.js': withImports('assets/main-m.js', '/repo/src/app/main.tsx', [
    'assets/react-r.js',
    'assets/helper-h.js',
  ]),
  'assets/react-r.js': withImports('assets/react-r.js', '/repo/node_modules/react.js', [
    'assets/helper-h.js',
  ]),
  'assets/chart-c.js': withImports('assets/chart-c.js', '/repo/src/charts/chart.tsx', ['assets/react-r.js']),
}
const preloads = (html: string) =>
  (runTransformIndexHtml(preloadApp(), html, bundle) as { attrs: { href: string } }[]).map(
    (t) => t.attrs.href,
  )

describe('preloadApp', () => {
  it('preloads the app chunk and its static imports, never a lazy chunk', () => {
    expect(preloads('<html></html>')).toEqual([
      './assets/main-m.js',
      './assets/react-r.js',
      './assets/helper-h.js',
    ])
  })

  it('skips a chunk the page already links', () => {
    expect(preloads('<link rel="modulepreload" href="./assets/helper-h.js">')).toEqual([
      './assets/main-m.js',
      './assets/react-r.js',
    ])
  })

  it('fails the build when no chunk holds the app', () => {
    const only = { 'assets/index-a1.js': bundle['assets/index-a1.js'] }
    expect(() => runTransformIndexHtml(preloadApp(), '<html></html>', only)).toThrow(
      'no chunk for src/app/main.tsx',
    )
  })
})
