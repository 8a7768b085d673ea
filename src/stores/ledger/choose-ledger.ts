import { httpClient, type Fetch } from './http-client'
import { httpLedger, type HttpLedger } from './http-ledger'
import { rememberServed as remember, servedBefore } from './served-before'

// At start: served by the shared server (its page is marked, or GET api/health answers { status: 'ok' }), the app
// keeps everything there; opened from static hosting or the single file (file://), it keeps browser storage.

const here = () => new URL('.', document.baseURI).href

/** The page came marked by the shared server (lib/served-mark.ts): it is the server, nothing to ask */
export function markedServer(
  base = here(),
  fetchFn: Fetch = (i, init) => fetch(i, init),
  onUnauthenticated?: () => void,
): HttpLedger {
  remember(true)
  return httpLedger(httpClient(base, fetchFn, onUnauthenticated))
}

/** A page not marked (a cached copy, or an older server): is the server there? */
export async function findServer(
  base = here(),
  fetchFn: Fetch = (i, init) => fetch(i, init),
  onUnauthenticated?: () => void,
): Promise<HttpLedger | undefined> {
  if (!/^https?:$/.test(new URL(base).protocol)) return undefined
  let response: Response
  try {
    response = await fetchFn(`${base}api/health`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(3000),
    })
  } catch {
    // Unreachable: an app this origin's server once served stays on the server (its calls then say 无法连接),
    // so nothing is quietly kept in one browser instead of the shared 台账.
    return servedBefore() ? httpLedger(httpClient(base, fetchFn, onUnauthenticated)) : undefined
  }
  // Static hosting answers 404, or index.html for every path: neither is the server's JSON. A server whose
  // database is down is still the server: its errors are shown, nothing is kept in the browser instead.
  const health = (await response.json().catch(() => undefined)) as unknown
  const served = Boolean(health && typeof health === 'object' && 'status' in health && 'database' in health)
  remember(served)
  return served ? httpLedger(httpClient(base, fetchFn, onUnauthenticated)) : undefined
}
