import { zhLedger } from '@/i18n/zh-ledger'
import { versionOf } from './browser-collection'
import type { LocalDocument } from './local-document'
import { done, failed, type StoredDocument } from './ledger-port'

// One settings record inside a browser document (which may hold more, like the 通报 draft); versioned by hash.

type Lens<P, T> = {
  get: (state: P) => T
  set: (state: P, value: T) => P
  /** Parses untrusted input; throws on what cannot be stored */
  parse: (value: unknown) => T
}

export function browserKept<P, T>(doc: LocalDocument<P>, lens: Lens<P, T>): StoredDocument<T> {
  const now = () => {
    const value = lens.get(doc.read())
    return { value, version: versionOf(value) }
  }
  return {
    peek: now,
    read: () => Promise.resolve(done(now())),
    write(input, version) {
      let value: T
      try {
        value = lens.parse(input)
      } catch {
        return Promise.resolve(failed('invalid', zhLedger.invalid))
      }
      const stored = now()
      if (version !== undefined && version !== stored.version)
        return Promise.resolve(failed('conflict', zhLedger.conflict, stored))
      const written = doc.write(lens.set(doc.read(), value))
      return Promise.resolve(written.ok ? done({ value, version: versionOf(value) }) : written)
    },
    subscribe: (onChange) => doc.subscribe(onChange),
  }
}
