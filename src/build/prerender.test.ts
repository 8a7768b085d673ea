// @vitest-environment node
// The first view lands inside #root with its style="…" turned into hashed-CSP-safe classes, followed by the script
// that drops it for another view and keeps early clicks; a page without #root fails the build.
import { describe, expect, it } from 'vitest'
import { runTransformIndexHtml } from './hooks'
import { prerender, type PrerenderModule } from './prerender'

const app: PrerenderModule = {
  prerender: () => '<main><p style="width:40%">超进度</p></main>',
  keepEarlyClicksScript: 'keep()',
}
const page = '<html><head><title>祁东</title></head><body><div id="root"></div></body></html>'

describe('prerender', () => {
  it('renders the first view into #root, its inline styles as classes in a <style>', async () => {
    const html = String(
      await runTransformIndexHtml(
        prerender(() => Promise.resolve(app)),
        page,
      ),
    )
    expect(html).toContain('<style>.qd-s0{width:40% !important}</style></head>')
    expect(html).toContain('<div id="root"><main><p class="qd-s0">超进度</p></main></div><script>')
    expect(html).not.toContain('style="')
  })

  it('follows #root with one script: drop the markup for ?view=… or another ?period=, then keep early clicks', async () => {
    const html = String(
      await runTransformIndexHtml(
        prerender(() => Promise.resolve(app)),
        page,
      ),
    )
    const script = /<\/main><\/div><script>(.*)<\/script><\/body>/.exec(html)?.[1] ?? ''
    expect(script).toMatch(/^\{.*\/\[\?&\]view=\/\.test\(location\.search\).*replaceChildren\(\)\};keep\(\)$/)
    expect(script).toContain(`p!==r.querySelector('[data-period]')?.dataset.period`)
  })

  it('fails the build when index.html has no empty #root', async () => {
    await expect(
      runTransformIndexHtml(
        prerender(() => Promise.resolve(app)),
        '<body><div id="app"></div></body>',
      ),
    ).rejects.toThrow('index.html has no <div id="root"></div>')
  })
})
