import type { Plugin } from 'vite'
import { withCspMeta } from '../lib/csp.ts'

// The Content-Security-Policy (src/lib/csp.ts) as the first <meta> of index.html, with the hash of every inline
// script and style as they finally are: after CSS inlining and, in the single-file build, after everything is inlined.
export function cspMeta(): Plugin {
  return {
    name: 'qidong:csp',
    apply: 'build',
    // After vite-plugin-singlefile (also 'post'), which inlines the scripts this must hash.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html']
        if (html?.type !== 'asset') throw new Error('no index.html to put the CSP into')
        html.source = withCspMeta(String(html.source))
      },
    },
  }
}
