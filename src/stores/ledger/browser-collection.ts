import { zhLedger } from '@/i18n/zh-ledger'
import type { BrowserDocument } from './browser-document'
import {
  done,
  failed,
  unversioned,
  type Collection,
  type Failure,
  type Outcome,
  type Versioned,
} from './ledger-port'

// A keyed list inside one browser document; its version is a hash of the record, so a stale tab's edit is a conflict.

const t = zhLedger

/** FNV-1a of the record's JSON: changes whenever any field does */
export function versionOf(record: unknown): string {
  let h = 0x811c9dc5
  for (const c of JSON.stringify(record)) {
    h ^= c.codePointAt(0) ?? 0
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

const versioned = <T>(record: T): Versioned<T> => ({ ...record, version: versionOf(record) })

type Lens<P, T> = {
  get: (state: P) => readonly T[]
  set: (state: P, list: T[]) => P
  keyOf: (record: T) => string
  /** Parses untrusted input; throws on what cannot be stored */
  parse: (record: unknown) => T
  /** Issued records (通报, 督办单) are kept once: never replaced, never removed */
  issued?: boolean
  /** A rule across records (a 通报's 期数 once a year): why this new one cannot join the stored ones */
  refused?: (list: readonly T[], record: T) => Failure | undefined
}

export function browserCollection<P, T>(doc: BrowserDocument<P>, lens: Lens<P, T>): Collection<T> {
  const parse = (record: unknown): T | undefined => {
    try {
      return lens.parse(unversioned(record))
    } catch {
      return undefined
    }
  }
  const listed = () => lens.get(doc.read()).map(versioned)
  // Each change is worked out on the state as stored at the moment of the write (update), never on a stale copy.
  const changed = async <R>(change: (list: readonly T[], state: P) => Outcome<P>, answer: () => R) => {
    const written = await doc.update((state) => change(lens.get(state), state))
    return written.ok ? done(answer()) : written
  }
  return {
    peek: () => (doc.loaded() ? listed() : undefined),
    list: async () => {
      await doc.whenLoaded()
      return done(listed())
    },
    async put(input, version) {
      const record = parse(input)
      if (record === undefined) return failed('invalid', t.invalid)
      const key = lens.keyOf(record)
      return changed(
        (list, state) => {
          const stored = list.find((r) => lens.keyOf(r) === key)
          if (stored && lens.issued) return failed('conflict', t.issuedKept, versioned(stored))
          if (stored && versionOf(stored) !== version)
            return failed('conflict', t.conflict, versioned(stored))
          if (!stored && version !== undefined) return failed('not_found', t.notFound)
          const refusal = stored ? undefined : lens.refused?.(list, record)
          if (refusal) return { ok: false, failure: refusal }
          const next = stored ? list.map((r) => (lens.keyOf(r) === key ? record : r)) : [...list, record]
          return done(lens.set(state, next))
        },
        () => versioned(record),
      )
    },
    async remove(key, version) {
      if (lens.issued) return failed('read_only', t.issuedKept)
      return changed(
        (list, state) => {
          const stored = list.find((r) => lens.keyOf(r) === key)
          if (!stored) return failed('not_found', t.notFound)
          if (versionOf(stored) !== version) return failed('conflict', t.conflict, versioned(stored))
          return done(
            lens.set(
              state,
              list.filter((r) => lens.keyOf(r) !== key),
            ),
          )
        },
        () => undefined,
      )
    },
    async putMany(inputs) {
      const incoming = new Map<string, T>()
      for (const input of inputs) {
        const record = parse(input)
        if (record === undefined) return failed('invalid', t.invalid)
        incoming.set(lens.keyOf(record), record)
      }
      let replaced = 0
      return changed(
        (list, state) => {
          replaced = list.filter((r) => incoming.has(lens.keyOf(r))).length
          if (replaced && lens.issued) return failed('conflict', t.issuedKept)
          return done(
            lens.set(state, [...list.filter((r) => !incoming.has(lens.keyOf(r))), ...incoming.values()]),
          )
        },
        () => ({ added: incoming.size - replaced, replaced }),
      )
    },
    subscribe: (onChange) => doc.subscribe(onChange),
  }
}
