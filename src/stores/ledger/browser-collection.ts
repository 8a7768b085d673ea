import { zh } from '@/i18n/zh'
import type { BrowserDocument } from './browser-document'
import { done, failed, unversioned, type Collection, type Versioned } from './ledger-port'

// A keyed list inside one browser document; its version is a hash of the record, so a stale tab's edit is a conflict.

const t = zh.ledger

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
}

export function browserCollection<P, T>(doc: BrowserDocument<P>, lens: Lens<P, T>): Collection<T> {
  const list = () => lens.get(doc.read())
  const find = (key: string) => list().find((r) => lens.keyOf(r) === key)
  const parse = (record: unknown): T | undefined => {
    try {
      return lens.parse(unversioned(record))
    } catch {
      return undefined
    }
  }
  return {
    peek: () => list().map(versioned),
    list: () => Promise.resolve(done(list().map(versioned))),
    put(input, version) {
      const record = parse(input)
      if (record === undefined) return Promise.resolve(failed('invalid', t.invalid))
      const key = lens.keyOf(record)
      const stored = find(key)
      if (stored && lens.issued) return Promise.resolve(failed('conflict', t.issuedKept, versioned(stored)))
      if (stored && versionOf(stored) !== version)
        return Promise.resolve(failed('conflict', t.conflict, versioned(stored)))
      if (!stored && version !== undefined) return Promise.resolve(failed('not_found', t.notFound))
      const next = stored ? list().map((r) => (lens.keyOf(r) === key ? record : r)) : [...list(), record]
      const written = doc.write(lens.set(doc.read(), next))
      return Promise.resolve(written.ok ? done(versioned(record)) : written)
    },
    remove(key, version) {
      if (lens.issued) return Promise.resolve(failed('read_only', t.issuedKept))
      const stored = find(key)
      if (!stored) return Promise.resolve(failed('not_found', t.notFound))
      if (versionOf(stored) !== version)
        return Promise.resolve(failed('conflict', t.conflict, versioned(stored)))
      const written = doc.write(
        lens.set(
          doc.read(),
          list().filter((r) => lens.keyOf(r) !== key),
        ),
      )
      return Promise.resolve(written.ok ? done(undefined) : written)
    },
    putMany(inputs) {
      const incoming = new Map<string, T>()
      for (const input of inputs) {
        const record = parse(input)
        if (record === undefined) return Promise.resolve(failed('invalid', t.invalid))
        incoming.set(lens.keyOf(record), record)
      }
      const current = list()
      const replaced = current.filter((r) => incoming.has(lens.keyOf(r))).length
      if (replaced && lens.issued) return Promise.resolve(failed('conflict', t.issuedKept))
      const next = [...current.filter((r) => !incoming.has(lens.keyOf(r))), ...incoming.values()]
      const written = doc.write(lens.set(doc.read(), next))
      return Promise.resolve(written.ok ? done({ added: incoming.size - replaced, replaced }) : written)
    },
    subscribe: (onChange) => doc.subscribe(onChange),
  }
}
