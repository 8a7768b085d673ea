import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'
import { DATASET_ELEMENT_ID, DATASET_LINK_ATTRIBUTE } from '../lib/dataset-markers.ts'
import { DATASET_FILE } from './checked-dataset.ts'

// "<" only occurs inside JSON strings, where \u003c reads back the same: no "</script>" ends the element early.
export const jsonForScript = (json: string) => json.replace(/</g, '\\u003c')

// The dataset ships as JSON, never as a JS chunk: a hashed file that index.html preloads while the entry chunk is
// still loading (read by src/data/dataset/fetch-dataset.ts), or, in the single file, inline in the page.
export function datasetAsset({ inline = false } = {}, file = DATASET_FILE): Plugin {
  const name = basename(file)
  let json = ''
  let serving = false
  return {
    name: 'qidong:dataset-asset',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    buildStart() {
      // Without the file's indentation; checked-dataset.ts has refused it already if it is malformed.
      json = JSON.stringify(JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')))
      if (!inline && !serving) this.emitFile({ type: 'asset', name, source: json })
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }): HtmlTagDescriptor[] {
        if (inline)
          return [
            {
              tag: 'script',
              attrs: { type: 'application/json', id: DATASET_ELEMENT_ID },
              children: jsonForScript(json),
              injectTo: 'body',
            },
          ]
        // The dev server serves the repository's own file.
        const href = serving
          ? `./${file}`
          : `./${Object.values(bundle ?? {}).find((a) => a.type === 'asset' && a.names.includes(name))?.fileName ?? ''}`
        if (href === './') throw new Error(`no asset for ${file} to preload`)
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href, [DATASET_LINK_ATTRIBUTE]: true },
            injectTo: 'head',
          },
        ]
      },
    },
  }
}
