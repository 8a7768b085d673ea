// The page's CSP (lib/csp.ts) forbids style="…" attributes: prerendered markup carries React's as classes, and the
// live page puts them back before React hydrates. Both directions of that one trade, browser-safe.

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
