// @vitest-environment node
// The dataset ships as JSON: a hashed file preloaded from <head> (served build), or inline in the single file; a
// build without that file fails loudly.
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import { datasetAsset, jsonForScript } from './dataset-asset'
import { asset, runTransformIndexHtml } from './hooks'

const real = readFileSync(new URL('../../data/qidong-2023.json', import.meta.url), 'utf8')

type Emitted = { type: string; name: string; source: string }
// Runs configResolved and buildStart as Vite does, collecting the files the plugin emits.
function started(plugin: Plugin, command: 'build' | 'serve') {
  const emitted: Emitted[] = []
  ;(plugin.configResolved as (c: unknown) => void)({ command })
  ;(plugin.buildStart as (this: unknown) => void).call({ emitFile: (f: Emitted) => emitted.push(f) })
  return emitted
}
const named = (fileName: string, name: string) =>
  ({ ...asset(fileName, ''), names: [name] }) as ReturnType<typeof asset>

describe('datasetAsset', () => {
  it('emits the dataset as one JSON file, without the indentation, equal to the source', () => {
    const [file, ...more] = started(datasetAsset(), 'build')
    expect(more).toEqual([])
    expect(file).toMatchObject({ type: 'asset', name: 'qidong-2023.json' })
    expect(file?.source).not.toMatch(/\n/)
    expect(JSON.parse(file?.source ?? '')).toEqual(JSON.parse(real))
  })

  it('preloads the emitted file for fetch(), by its hashed relative name', () => {
    const plugin = datasetAsset()
    started(plugin, 'build')
    const bundle = {
      'assets/index-a1.js': named('assets/index-a1.js', 'index.js'),
      'assets/qidong-2023-b2.json': named('assets/qidong-2023-b2.json', 'qidong-2023.json'),
    }
    expect(runTransformIndexHtml(plugin, '<html></html>', bundle)).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          as: 'fetch',
          crossorigin: true,
          href: './assets/qidong-2023-b2.json',
          'data-dataset': true,
        },
        injectTo: 'head',
      },
    ])
  })

  it('fails the build when no file holds the dataset', () => {
    const plugin = datasetAsset()
    started(plugin, 'build')
    expect(() => runTransformIndexHtml(plugin, '<html></html>', {})).toThrow(
      'no asset for data/qidong-2023.json to preload',
    )
  })

  it('puts the dataset inside the single file, with no file of its own and no "</script>" in it', () => {
    const plugin = datasetAsset({ inline: true })
    expect(started(plugin, 'build')).toEqual([])
    const [tag] = runTransformIndexHtml(plugin, '<html></html>', {}) as { children: string; attrs: object }[]
    expect(tag).toMatchObject({ tag: 'script', attrs: { type: 'application/json', id: 'qidong-dataset' } })
    expect(tag?.children).not.toMatch(/</)
    expect(JSON.parse(tag?.children ?? '')).toEqual(JSON.parse(real))
  })

  it('keeps a "</script>" inside the data from ending the element, and reads back the same', () => {
    const json = JSON.stringify({ quote: '见</script><script>alert(1)</script>' })
    expect(jsonForScript(json)).not.toMatch(/</)
    expect(JSON.parse(jsonForScript(json))).toEqual(JSON.parse(json))
  })

  it('points the dev server at the repository file itself', () => {
    const plugin = datasetAsset()
    expect(started(plugin, 'serve')).toEqual([])
    expect(runTransformIndexHtml(plugin, '<html></html>')).toMatchObject([
      { tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: './data/qidong-2023.json' } },
    ])
  })
})
