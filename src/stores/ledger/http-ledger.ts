import { EXCHANGE_FORMAT } from '@/data/exchange/format'
import { zhServer } from '@/i18n/zh-server'
import type { ProgressEntry } from '@/data/dataset/schema'
import type { Assignment } from '@/monitoring/responsibility'
import { monitorSettingsSchema } from '@/data/dataset/schema'
import { issuedBulletinSchema } from '@/monitoring/bulletin-snapshot'
import { defaultBulletinSettings, officeSettingsSchema } from '@/monitoring/office-settings'
import { defaultSettings } from '@/monitoring/settings'
import { supervisionNoticeSchema } from '@/monitoring/supervision'
import { changeFeed, type ChangeFeed } from './change-feed'
import { documentCollection, documentKept } from './http-documents'
import { httpDirectory } from './http-directory'
import type { HttpClient } from './http-client'
import {
  done,
  failed,
  unversioned,
  type Collection,
  type Ledger,
  type LedgerEntry,
  type Review,
  type Versioned,
} from './ledger-port'

// The ledger of the app served by the shared server: the same Collection port, spoken over its HTTP API.
// Versions are the server's integers, sent back as If-Match; a stale one answers 409 with the current record.

type Wire<T> = T & { version: number }
const fromWire = <T>(record: Wire<T>): Versioned<T> => ({ ...record, version: String(record.version) })
const ifMatch = (version: string) => ({ 'if-match': `"${version}"` })

type WireEntry = Wire<ProgressEntry> & {
  review?: {
    status: Review['status']
    reason: string | null
    by: string | null
    byName?: string | null
    at: string | null
  } | null
  recordedBy?: string | null
  recordedByName?: string | null
}

/** The server's entry: its review fields may be null; the app keeps them optional, and shows people by name */
function entryFromWire(record: WireEntry): Versioned<LedgerEntry> {
  const { review, recordedByName, ...wire } = fromWire(record)
  const { recordedBy: login, ...rest } = wire
  const recordedBy = recordedByName ?? login
  const by = review?.byName ?? review?.by ?? null
  const fields = review && {
    status: review.status,
    ...(review.reason !== null && { reason: review.reason }),
    ...(by !== null && { by }),
    ...(review.at !== null && { at: review.at }),
  }
  return { ...rest, ...(fields && { review: fields }), ...(recordedBy && { recordedBy }) }
}

/** What the server takes in a body: the exchange fields, without what it sets itself */
function entryBody(record: LedgerEntry) {
  const draft: Record<string, unknown> = { ...unversioned(record) }
  for (const own of ['recordedAt', 'review', 'recordedBy']) draft[own] = undefined
  return draft
}

function entries(api: HttpClient, feed: ChangeFeed): Collection<LedgerEntry> {
  return {
    peek: () => undefined,
    async list() {
      const got = await api.call<{ entries: WireEntry[] }>('GET', 'api/entries')
      return got.ok ? done(got.value.entries.map(entryFromWire)) : got
    },
    async put(record, version) {
      const saved =
        version === undefined
          ? await api.call<WireEntry>('POST', 'api/entries', entryBody(record))
          : await api.call<WireEntry>(
              'PUT',
              `api/entries/${encodeURIComponent(record.id)}`,
              { ...entryBody(record), id: undefined },
              ifMatch(version),
            )
      if (!saved.ok) {
        const current = saved.failure.current as WireEntry | null | undefined
        return current ? failed(saved.failure.code, saved.failure.message, entryFromWire(current)) : saved
      }
      feed.wrote()
      return done(entryFromWire(saved.value))
    },
    async remove(key, version) {
      const removed = await api.call(
        'DELETE',
        `api/entries/${encodeURIComponent(key)}`,
        undefined,
        ifMatch(version),
      )
      if (!removed.ok) return removed
      feed.wrote()
      return done(undefined)
    },
    async putMany(records) {
      // One request, one transaction on the server: all or nothing.
      const body = { format: EXCHANGE_FORMAT, version: 1, entries: records.map((r) => unversioned(r)) }
      const applied = await api.call<{ plan: { added: unknown[]; changed: unknown[] } }>(
        'POST',
        'api/import',
        body,
      )
      if (!applied.ok) return applied
      feed.wrote()
      return done({ added: applied.value.plan.added.length, replaced: applied.value.plan.changed.length })
    },
    subscribe: (onChange) => feed.subscribe(onChange),
  }
}

function assignments(api: HttpClient, feed: ChangeFeed): Collection<Assignment> {
  return {
    peek: () => undefined,
    async list() {
      const got = await api.call<Wire<Assignment>[]>('GET', 'api/assignments')
      return got.ok ? done(got.value.map(fromWire)) : got
    },
    async put(record, version) {
      const { itemId, ...body } = unversioned(record)
      const saved = await api.call<Wire<Assignment>>(
        'PUT',
        `api/assignments/${encodeURIComponent(itemId)}`,
        body,
        version === undefined ? {} : ifMatch(version),
      )
      if (!saved.ok) {
        const current = saved.failure.current as Wire<Assignment> | undefined
        return current ? failed(saved.failure.code, saved.failure.message, fromWire(current)) : saved
      }
      feed.wrote()
      return done(fromWire(saved.value))
    },
    remove: () => Promise.resolve(failed('invalid', zhServer.notSupported)),
    putMany: () => Promise.resolve(failed('invalid', zhServer.notSupported)),
    subscribe: (onChange) => feed.subscribe(onChange),
  }
}

export type HttpLedger = Ledger & { mode: 'server'; api: HttpClient; feed: ChangeFeed }

export function httpLedger(api: HttpClient, options: { pollMs?: number } = {}): HttpLedger {
  const feed = changeFeed(api, options.pollMs ?? 5000)
  return {
    mode: 'server',
    api,
    feed,
    entries: entries(api, feed),
    assignments: assignments(api, feed),
    directory: httpDirectory(api, feed),
    bulletins: documentCollection(api, feed, 'bulletin:', issuedBulletinSchema, (b) => b.id),
    supervisions: documentCollection(api, feed, 'supervision:', supervisionNoticeSchema, (n) => n.id),
    office: documentKept(api, feed, 'settings:office', officeSettingsSchema, () => ({
      issuer: defaultBulletinSettings().issuer,
      rule: defaultBulletinSettings().rule,
    })),
    monitor: documentKept(api, feed, 'settings:monitor', monitorSettingsSchema, defaultSettings),
  }
}
