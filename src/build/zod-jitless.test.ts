// @vitest-environment node
// zod's jitless switch is the very first script of <head>, so no module can make zod probe eval before it.
import { describe, expect, it } from 'vitest'
import { runTransformIndexHtml } from './hooks'
import { zodJitless } from './zod-jitless'

describe('zodJitless', () => {
  it('prepends a script that sets zod to jitless on globalThis', () => {
    const [tag] = runTransformIndexHtml(zodJitless(), '<html></html>') as {
      children: string
      injectTo: string
    }[]
    expect(tag).toEqual({
      tag: 'script',
      children: 'globalThis.__zod_globalConfig={jitless:true}',
      injectTo: 'head-prepend',
    })
  })
})
