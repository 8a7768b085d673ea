import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// The page's one inline script is allowed by its hash, read from the built index.html; nothing else inline runs.

export function contentSecurityPolicy(staticDir: string | undefined): Record<string, string[] | null> {
  const html = staticDir ? readFileSync(join(staticDir, 'index.html'), 'utf8') : ''
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim())
    .map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`)
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...hashes],
    // The first view's CSS is inlined into index.html and charts set style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Offices serve it over plain HTTP on the intranet: upgrading requests to HTTPS would break every asset.
    'upgrade-insecure-requests': null,
  }
}
