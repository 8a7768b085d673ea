import { httpClient, type Fetch } from './http-client'
import { httpLedger, type HttpLedger } from './http-ledger'

// At start: served by the shared server (GET api/health answers { status: 'ok' }), the app keeps everything
// there; opened from static hosting or the single file (file://), it keeps browser storage.

export async function findServer(
  base = new URL('.', document.baseURI).href,
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

const SERVED_KEY = 'qidong-targets.served-by-server'

function remember(served: boolean) {
  try {
    if (served) localStorage.setItem(SERVED_KEY, '1')
    else localStorage.removeItem(SERVED_KEY)
  } catch {
    // blocked storage: the next start asks the server again anyway
  }
}

function servedBefore(): boolean {
  try {
    return localStorage.getItem(SERVED_KEY) === '1'
  } catch {
    return false
  }
}
