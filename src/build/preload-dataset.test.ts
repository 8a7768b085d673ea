// @vitest-environment node
// The dataset chunk is named in a <link rel="modulepreload"> in <head>; a build without that chunk fails loudly.
import { describe, expect, it } from 'vitest'
import { chunk, runTransformIndexHtml } from './hooks'
import { preloadDataset } from './preload-dataset'

describe('preloadDataset', () => {
  it('preloads the chunk whose entry is load-dataset.ts, by its relative file name', () => {
    const bundle = {
      'assets/index-a1.js': chunk('assets/index-a1.js', '/repo/src/app/main.tsx'),
      'assets/load-dataset-b2.js': chunk(
        'assets/load-dataset-b2.js',
        '/repo/src/data/dataset/load-dataset.ts',
      ),
    }
    expect(runTransformIndexHtml(preloadDataset(), '<html></html>', bundle)).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/load-dataset-b2.js' },
        injectTo: 'head',
      },
    ])
  })

  it('fails the build when no chunk holds the dataset', () => {
    const bundle = { 'assets/index-a1.js': chunk('assets/index-a1.js', '/repo/src/app/main.tsx') }
    expect(() => runTransformIndexHtml(preloadDataset(), '<html></html>', bundle)).toThrow(
      'no chunk for src/data/dataset/load-dataset.ts',
    )
  })
})
