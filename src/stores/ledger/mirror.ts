import { activeLedger, onLedgerChosen } from './active-ledger'
import type { Collection, Kept, Ledger, Outcome, StoredDocument, Versioned } from './ledger-port'

// Keeps a zustand store showing one collection of whichever ledger is active, and following its changes.

export function mirrorCollection<T>(
  pick: (ledger: Ledger) => Collection<T>,
  shown: (list: Versioned<T>[]) => void,
): () => Promise<void> {
  let unsubscribe: (() => void) | undefined
  const refresh = async () => {
    const listed = await pick(activeLedger()).list()
    if (listed.ok) shown(listed.value)
  }
  const attach = (ledger: Ledger) => {
    unsubscribe?.()
    const collection = pick(ledger)
    const peeked = collection.peek()
    shown(peeked ?? [])
    unsubscribe = collection.subscribe(() => {
      const now = collection.peek()
      if (now) shown(now)
      else void refresh()
    })
    if (!peeked) void refresh()
  }
  attach(activeLedger())
  onLedgerChosen(attach)
  return refresh
}

/** The same for one settings record */
export function mirrorDocument<T>(
  pick: (ledger: Ledger) => StoredDocument<T>,
  shown: (kept: Kept<T>) => void,
): () => Promise<void> {
  let unsubscribe: (() => void) | undefined
  const refresh = async () => {
    const read = await pick(activeLedger()).read()
    if (read.ok) shown(read.value)
  }
  const attach = (ledger: Ledger) => {
    unsubscribe?.()
    const doc = pick(ledger)
    const peeked = doc.peek()
    if (peeked) shown(peeked)
    unsubscribe = doc.subscribe(() => {
      const now = doc.peek()
      if (now) shown(now)
      else void refresh()
    })
    if (!peeked) void refresh()
  }
  attach(activeLedger())
  onLedgerChosen(attach)
  return refresh
}

type Listed<V> = {
  peek(): V | undefined
  list(): Promise<Outcome<V>>
  subscribe(onChange: () => void): () => void
}

/** The same for any listed part of the ledger (the 单位名录), shown as `empty` until the server answers */
export function mirrorListed<V>(pick: (ledger: Ledger) => Listed<V>, empty: V, shown: (value: V) => void) {
  let unsubscribe: (() => void) | undefined
  const refresh = async () => {
    const listed = await pick(activeLedger()).list()
    if (listed.ok) shown(listed.value)
  }
  const attach = (ledger: Ledger) => {
    unsubscribe?.()
    const part = pick(ledger)
    const peeked = part.peek()
    shown(peeked ?? empty)
    unsubscribe = part.subscribe(() => {
      const now = part.peek()
      if (now) shown(now)
      else void refresh()
    })
    if (!peeked) void refresh()
  }
  attach(activeLedger())
  onLedgerChosen(attach)
  return refresh
}
