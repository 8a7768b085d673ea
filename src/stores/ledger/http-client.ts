import { zhServer } from '@/i18n/zh-server'
import { done, failed, type FailureCode, type Outcome } from './ledger-port'

// One way to call the server's API: JSON both ways, the session cookie, X-CSRF-Token on every write, and every
// error turned into a Chinese Failure (the server's own message when it sent one).

const t = zhServer

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

function codeFor(status: number): FailureCode {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 409) return 'conflict'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'invalid'
}

/** Server codes the app tells apart from their status (a 409 that is not a stale version) */
const ownCodes: readonly string[] = ['issue_taken'] satisfies FailureCode[]

export type HttpClient = {
  call: <T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Outcome<T>>
  csrfTokenSet: (token: string | undefined) => void
}

/** base: where the app is served, e.g. 'http://host/' or '' in tests; paths start with 'api/' */
export function httpClient(
  base: string,
  fetchFn: Fetch = (i, init) => fetch(i, init),
  /** Any call answered 401: the session has ended */
  onUnauthenticated: () => void = () => undefined,
): HttpClient {
  let csrf: string | undefined
  return {
    csrfTokenSet(token) {
      csrf = token
    },
    async call<T>(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ): Promise<Outcome<T>> {
      const write = method !== 'GET' && method !== 'HEAD'
      let response: Response
      try {
        response = await fetchFn(`${base}${path}`, {
          method,
          credentials: 'same-origin',
          headers: {
            accept: 'application/json',
            ...(body !== undefined && { 'content-type': 'application/json' }),
            ...(write && csrf && { 'x-csrf-token': csrf }),
            ...headers,
          },
          ...(body !== undefined && { body: JSON.stringify(body) }),
        })
      } catch {
        return failed('network', t.network)
      }
      let json: unknown
      try {
        json = await response.json()
      } catch {
        json = undefined
      }
      if (response.ok) return done(json as T)
      const error = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>
      const code =
        typeof error.code === 'string' && ownCodes.includes(error.code)
          ? (error.code as FailureCode)
          : codeFor(response.status)
      if (code === 'unauthenticated') onUnauthenticated()
      const message = typeof error.message === 'string' ? error.message : (t.status[code] ?? t.network)
      if (code === 'rate_limited') {
        const wait = Number(response.headers.get('retry-after'))
        return failed(code, `${message}${wait > 0 ? t.retryAfter(Math.ceil(wait / 60)) : ''}`)
      }
      return failed(code, message, error.current ?? undefined)
    },
  }
}
