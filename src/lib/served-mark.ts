// The shared server marks the index.html it sends, so the page knows at once that it is served (no /api/health
// round trip before the first screen) and static hosting, which sends the build's page unmarked, loads no server
// code. An attribute on <html>: no inline content changes, so the CSP hashes stay valid.

export const SERVED_ATTRIBUTE = 'data-served'

/** The server's copy of the build's index.html */
export function markServed(html: string): string {
  if (!/<html\b/i.test(html)) throw new Error('index.html has no <html> element to mark')
  return html.replace(/<html\b/i, `<html ${SERVED_ATTRIBUTE}`)
}

/** Was this page sent by the shared server? */
export const pageMarkedServed = (root: Element = document.documentElement): boolean =>
  root.hasAttribute(SERVED_ATTRIBUTE)
