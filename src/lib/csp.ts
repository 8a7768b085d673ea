import { createHash } from 'node:crypto'

// The one Content-Security-Policy of the app: the build writes it as a <meta> into index.html (served and single-file
// builds alike) and the server sends it as a header. Node only (build and server), never in the browser bundle.

/** Everything the app needs and nothing more; inline <script>/<style> are allowed only by their hashes */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Exported charts are drawn through data:/blob: images; the single-file build's favicon is a data: URL.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>

/** Only a response header can carry these (a <meta> policy ignores them) */
export const CSP_HEADER_ONLY = { 'frame-ancestors': ["'none'"] } as const

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The contents of the page's inline scripts and style sheets, exactly as the browser hashes them */
export function inlineContents(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = []
  const styles: string[] = []
  // One pass in document order: a "<style" inside a script's text is part of the script, not a style sheet.
  for (const m of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>|<style\b[^>]*>([\s\S]*?)<\/style>/gi,
  )) {
    // The parser turns CR LF into LF before the browser hashes the text.
    const text = (s: string) => s.replace(/\r\n?/g, '\n')
    if (m[3] !== undefined) styles.push(text(m[3]))
    else if (!/\ssrc=/i.test(m[1] ?? '')) scripts.push(text(m[2] ?? ''))
  }
  return { scripts, styles }
}

/** The policy for this page: the fixed directives plus the hash of each inline script and style it holds */
export function contentSecurityPolicy(html: string, options: { header?: boolean } = {}): string {
  const { scripts, styles } = inlineContents(html)
  const directives: Record<string, readonly string[]> = {
    ...CSP_DIRECTIVES,
    'script-src': [...CSP_DIRECTIVES['script-src'], ...new Set(scripts.map(sha256))],
    'style-src': [...CSP_DIRECTIVES['style-src'], ...new Set(styles.map(sha256))],
    ...(options.header && CSP_HEADER_ONLY),
  }
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** index.html with its policy right after <meta charset>, before any script or style it governs */
export function withCspMeta(html: string): string {
  const policy = contentSecurityPolicy(html)
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`
  const charset = /<meta charset="[^"]*"\s*\/?>/i
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the CSP <meta> after')
  return html.replace(charset, (m) => `${m}\n    ${meta}`)
}
