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

const unescapeAttribute = (v: string) =>
  v
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

/**
 * Prerendered markup carries React's style="…" attributes, which style-src 'self' forbids: each distinct one becomes
 * a class, its rules returned as a style sheet (hashed with the page). !important keeps an inline style's precedence.
 */
export function styleAttributesToClasses(html: string, prefix = 'qd-s'): { html: string; css: string } {
  const classes = new Map<string, string>()
  const out = html.replace(
    /<([a-zA-Z][\w:-]*)(\s[^>]*?)?\sstyle="([^"]*)"([^>]*)>/g,
    (_, tag: string, before = '', style: string, after: string) => {
      let name = classes.get(style)
      if (!name) {
        name = `${prefix}${classes.size}`
        classes.set(style, name)
      }
      let attrs = `${before}${after}`
      if (/\sclass="/.test(attrs))
        attrs = attrs.replace(/\sclass="([^"]*)"/, (_m, c: string) => ` class="${c} ${name}"`)
      else attrs = ` class="${name}"${attrs}`
      return `<${tag}${attrs}>`
    },
  )
  const css = [...classes]
    .map(([style, name]) => {
      const rules = unescapeAttribute(style)
        .split(';')
        .filter((r) => r.trim())
        .map((r) => `${r.trim()} !important`)
        .join(';')
      return `.${name}{${rules}}`
    })
    .join('')
  return { html: out, css }
}

/**
 * Undoes styleAttributesToClasses on the live page before React hydrates it, so the markup is what React renders:
 * each class's rules go back on its elements as inline styles through the CSSOM (which the CSP allows). Left in
 * place, a class's !important rules would outlast every later style React sets (a pressed chip's border).
 */
export function classesToStyleAttributes(root: ParentNode, prefix = 'qd-s') {
  const generated = new RegExp(`^\\.(${prefix}\\d+)$`)
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue // another origin's sheet (an extension's) is unreadable, and holds none of ours
    }
    for (const rule of Array.from(rules)) {
      const name = rule instanceof CSSStyleRule ? generated.exec(rule.selectorText)?.[1] : undefined
      if (!name) continue
      const { style } = rule as CSSStyleRule
      for (const el of Array.from(root.querySelectorAll<HTMLElement>(`.${name}`))) {
        for (const property of Array.from(style))
          el.style.setProperty(property, style.getPropertyValue(property))
        el.classList.remove(name)
        if (el.classList.length === 0) el.removeAttribute('class')
      }
    }
  }
}
