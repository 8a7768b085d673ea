// @vitest-environment node
// The emitted index.html gets a CSP <meta> right after <meta charset> that hashes its inline script as it finally is.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { cspMeta } from './csp-meta'
import { asset, runGenerateBundle } from './hooks'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('cspMeta', () => {
  it('puts the policy, with the inline script hash, first in <head>', () => {
    const page = '<head><meta charset="UTF-8"><title>t</title></head><body><script>go()</script></body>'
    const bundle = { 'index.html': asset('index.html', page) }
    runGenerateBundle(cspMeta(), bundle)
    const out = (bundle['index.html'] as { source: string }).source
    const meta =
      /<meta charset="UTF-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)
    expect(meta?.[1]).toContain(`script-src 'self' ${sha256('go()')}`)
    expect(out).toContain('<title>t</title></head><body><script>go()</script></body>')
  })

  it('is declared after the single-file plugin, which inlines what it must hash', () => {
    expect(cspMeta().enforce).toBe('post')
  })

  it('fails the build when there is no index.html to protect', () => {
    expect(() => runGenerateBundle(cspMeta(), {})).toThrow('no index.html')
  })
})
