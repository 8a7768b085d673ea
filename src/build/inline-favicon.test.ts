// @vitest-environment node
// The single-file page carries the favicon as a data: URL, so it shows with no public/ folder beside the file.
import { describe, expect, it } from 'vitest'
import { runTransformIndexHtml } from './hooks'
import { inlineFavicon } from './inline-favicon'

describe('inlineFavicon', () => {
  it('replaces the favicon link with the real public/favicon.svg as a data: URL', () => {
    const html = String(runTransformIndexHtml(inlineFavicon(), '<link rel="icon" href="./favicon.svg">'))
    const url = /href="data:image\/svg\+xml,([^"]+)"/.exec(html)?.[1]
    expect(decodeURIComponent(url ?? '')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    expect(html).not.toContain('./favicon.svg')
  })
})
