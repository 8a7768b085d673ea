// @vitest-environment node
// A built stylesheet link becomes a <style> with that file's text, and the file leaves the bundle; others stay.
import { describe, expect, it } from 'vitest'
import { asset, runTransformIndexHtml } from './hooks'
import { inlineCss } from './inline-css'

describe('inlineCss', () => {
  it('replaces the stylesheet link with its contents and drops the file from the output', () => {
    const bundle = { 'assets/index-c3.css': asset('assets/index-c3.css', 'body{color:red}') }
    const html =
      '<head><link rel="stylesheet" crossorigin href="./assets/index-c3.css"><link rel="icon" href="./favicon.svg"></head>'
    expect(runTransformIndexHtml(inlineCss(), html, bundle)).toBe(
      '<head><style>body{color:red}</style><link rel="icon" href="./favicon.svg"></head>',
    )
    expect(bundle).toEqual({})
  })

  it('leaves a link to a stylesheet the bundle does not hold as it is', () => {
    const html = '<link rel="stylesheet" href="./vendor/print.css">'
    expect(runTransformIndexHtml(inlineCss(), html, {})).toBe(html)
  })
})
