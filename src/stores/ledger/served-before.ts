// Whether this origin's shared server once served the app: a copy of the page from the offline cache is unmarked
// (lib/served-mark.ts), yet it must stay on the server rather than quietly keep entries in one browser.

const SERVED_KEY = 'qidong-targets.served-by-server'

export function rememberServed(served: boolean) {
  try {
    if (served) localStorage.setItem(SERVED_KEY, '1')
    else localStorage.removeItem(SERVED_KEY)
  } catch {
    // blocked storage: the next start asks the server again anyway
  }
}

export function servedBefore(): boolean {
  try {
    return localStorage.getItem(SERVED_KEY) === '1'
  } catch {
    return false
  }
}
