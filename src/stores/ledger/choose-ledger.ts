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
  try {
    const response = await fetchFn(`${base}api/health`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(3000),
    })
    // Static hosting answers 404, or index.html for every path: neither is the server's JSON. A server whose
    // database is down is still the server: its errors are shown, nothing is kept in the browser instead.
    const health = (await response.json()) as unknown
    if (!health || typeof health !== 'object' || !('status' in health) || !('database' in health))
      return undefined
    return httpLedger(httpClient(base, fetchFn, onUnauthenticated))
  } catch {
    return undefined
  }
}
