import type { Plugin } from 'vite'

const DATASET_MODULE = '/src/data/dataset/load-dataset.ts'

// The dataset chunk is fetched while the entry chunk is still loading, not only once the app has started and asks.
export function preloadDataset(): Plugin {
  return {
    name: 'qidong:preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle = {} }) {
        const chunk = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(DATASET_MODULE),
        )
        if (!chunk) throw new Error(`no chunk for ${DATASET_MODULE.slice(1)} to preload`)
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
