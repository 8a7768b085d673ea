import type { z } from 'zod'
import { zhLedger } from '@/i18n/zh-ledger'
import { zhServer } from '@/i18n/zh-server'
import type { ChangeFeed } from './change-feed'
import type { HttpClient } from './http-client'
import {
  done,
  failed,
  unversioned,
  type Collection,
  type Kept,
  type Outcome,
  type StoredDocument,
} from './ledger-port'

// Records kept as the server's keyed documents (GET/PUT /api/documents): issued 通报 and 督办单 under
// `<prefix><id>`, settings under one key. A new one is sent with If-Match "0", so it never lands on another's.

type Wire = { key: string; body?: unknown; version: number }
type Schema<T> = z.ZodType<T>
const ifMatch = (version: string | undefined) => ({ 'if-match': `"${version ?? '0'}"` })
const path = (key: string) => `api/documents/${encodeURIComponent(key)}`

/** The stored record the server sent back with a 409, in the port's terms */
function currentOf<T>(schema: Schema<T>, current: unknown): { value: T; version: string } | undefined {
  const wire = current as Partial<Wire> | null | undefined
  const parsed = schema.safeParse(wire?.body)
  return parsed.success && wire?.version !== undefined
    ? { value: parsed.data, version: String(wire.version) }
    : undefined
}

export function documentCollection<T>(
  api: HttpClient,
  feed: ChangeFeed,
  prefix: string,
  schema: Schema<T>,
  keyOf: (record: T) => string,
): Collection<T> {
  return {
    peek: () => undefined,
    async list() {
      const got = await api.call<Wire[]>(
        'GET',
        `api/documents?prefix=${encodeURIComponent(prefix)}&bodies=true`,
      )
      if (!got.ok) return got
      // The server parsed each one when it was kept; one it cannot read now is left out, never shown half.
      return done(
        got.value.flatMap((d) => {
          const parsed = schema.safeParse(d.body)
          return parsed.success ? [{ ...parsed.data, version: String(d.version) }] : []
        }),
      )
    },
    async put(input, version) {
      const parsed = schema.safeParse(unversioned(input))
      if (!parsed.success) return failed('invalid', zhLedger.invalid)
      const saved = await api.call<Wire>(
        'PUT',
        path(`${prefix}${keyOf(parsed.data)}`),
        { body: parsed.data },
        ifMatch(version),
      )
      if (!saved.ok) {
        const current = currentOf(schema, saved.failure.current)
        return current
          ? failed(saved.failure.code, saved.failure.message, { ...current.value, version: current.version })
          : failed(saved.failure.code, saved.failure.message)
      }
      feed.wrote()
      return done({ ...parsed.data, version: String(saved.value.version) })
    },
    remove: () => Promise.resolve(failed('read_only', zhLedger.issuedKept)),
    putMany: () => Promise.resolve(failed('invalid', zhServer.notSupported)),
    subscribe: (onChange) => feed.subscribe(onChange),
  }
}

export function documentKept<T>(
  api: HttpClient,
  feed: ChangeFeed,
  key: string,
  schema: Schema<T>,
  empty: () => T,
): StoredDocument<T> {
  return {
    peek: () => undefined,
    async read() {
      // Listed rather than fetched: a setting never saved is an empty list, not a 404 in the console.
      const got = await api.call<Wire[]>('GET', `api/documents?prefix=${encodeURIComponent(key)}&bodies=true`)
      if (!got.ok) return got
      const stored = got.value.find((d) => d.key === key)
      if (!stored) return done({ value: empty() })
      const parsed = schema.safeParse(stored.body)
      // A stored copy this app cannot read shows the defaults, and its version, so a save replaces it knowingly.
      return done({ value: parsed.success ? parsed.data : empty(), version: String(stored.version) })
    },
    async write(input, version): Promise<Outcome<Kept<T>>> {
      const parsed = schema.safeParse(input)
      if (!parsed.success) return failed('invalid', zhLedger.invalid)
      const saved = await api.call<Wire>('PUT', path(key), { body: parsed.data }, ifMatch(version))
      if (!saved.ok) {
        const current: Kept<T> | undefined = currentOf(schema, saved.failure.current)
        return failed(saved.failure.code, saved.failure.message, current)
      }
      feed.wrote()
      return done({ value: parsed.data, version: String(saved.value.version) })
    },
    subscribe: (onChange) => feed.subscribe(onChange),
  }
}
