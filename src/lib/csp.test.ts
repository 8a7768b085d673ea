// @vitest-environment node
// The CSP allows exactly the page's own inline content (by hash) and nothing inline besides.
import { createHash } from 'node:crypto'
import { expect, it } from 'vitest'
import { contentSecurityPolicy, inlineContents, withCspMeta } from './csp'
import { styleAttributesToClasses } from './style-classes'

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

it('hashes inline scripts and styles in document order, not a "<style" inside a script, not a src= script', () => {
  const html =
    '<head><meta charset="UTF-8" /><style>a{color:red}</style><script type="module">const s="<style>";x()</script>' +
    '<script src="./a.js"></script></head><body><style>\r\nb{}</style></body>'
  expect(inlineContents(html)).toEqual({
    scripts: ['const s="<style>";x()'],
    styles: ['a{color:red}', '\nb{}'],
  })
  const policy = contentSecurityPolicy(html)
  expect(policy).toContain(`script-src 'self' ${hash('const s="<style>";x()')};`)
  expect(policy).toContain(`style-src 'self' ${hash('a{color:red}')} ${hash('\nb{}')};`)
  expect(policy).toContain("object-src 'none'; base-uri 'none'")
  expect(policy).not.toContain('unsafe')
  expect(contentSecurityPolicy(html, { header: true })).toMatch(/frame-ancestors 'none'$/)
  expect(withCspMeta(html)).toMatch(
    /^<head><meta charset="UTF-8" \/>\n {4}<meta http-equiv="Content-Security-Policy" content="default-src 'self';/,
  )
})

it('turns style attributes into classes with the same rules', () => {
  const { html, css } = styleAttributesToClasses(
    '<div style="min-height:504px"><span class="badge" style="color:#0f766e;font-family:&quot;A B&quot;">x</span>' +
      '<i data-style="keep" style="min-height:504px"></i></div>',
  )
  expect(html).toBe(
    '<div class="qd-s0"><span class="badge qd-s1">x</span><i class="qd-s0" data-style="keep"></i></div>',
  )
  expect(css).toBe(
    '.qd-s0{min-height:504px !important}.qd-s1{color:#0f766e !important;font-family:"A B" !important}',
  )
})
