import { activeLedger, currentLedger, onLedgerChosen } from './active-ledger'
import type { Collection, Kept, Ledger, Outcome, StoredDocument, Versioned } from './ledger-port'

// Keeps a zustand store showing one part of whichever ledger is active, and following its changes: what the part
// holds at once (browser storage), else what it answers when asked (the server).

type Mirrored<V> = {
  peek(): V | undefined
  load(): Promise<Outcome<V>>
  subscribe(onChange: () => void): () => void
}

/** `empty` is shown until the part answers; without it nothing is shown until then */
function mirror<V>(part: (ledger: Ledger) => Mirrored<V>, shown: (value: V) => void, empty?: V) {
  let unsubscribe: (() => void) | undefined
  const refresh = async () => {
    const loaded = await part(await activeLedger()).load()
    if (loaded.ok) shown(loaded.value)
  }
  const attach = (ledger: Ledger) => {
    unsubscribe?.()
    const current = part(ledger)
    const peeked = current.peek()
    const first = peeked ?? empty
    if (first !== undefined) shown(first)
    unsubscribe = current.subscribe(() => {
      const now = current.peek()
      if (now) shown(now)
      else void refresh()
    })
    if (!peeked) void refresh()
  }
  // Until a ledger is chosen the store shows its initial state, as the prerendered page does.
  const chosen = currentLedger()
  if (chosen) attach(chosen)
  onLedgerChosen(attach)
  return refresh
}

type Listed<V> = {
  peek(): V | undefined
  list(): Promise<Outcome<V>>
  subscribe(onChange: () => void): () => void
}

const listed = <V>(part: Listed<V>): Mirrored<V> => ({
  peek: () => part.peek(),
  load: () => part.list(),
  subscribe: (onChange) => part.subscribe(onChange),
})

/** Any listed part of the ledger (the 单位名录), shown as `empty` until the server answers */
export const mirrorListed = <V>(pick: (ledger: Ledger) => Listed<V>, empty: V, shown: (value: V) => void) =>
  mirror((ledger) => listed(pick(ledger)), shown, empty)

/** One collection, shown as an empty list until the server answers */
export const mirrorCollection = <T>(
  pick: (ledger: Ledger) => Collection<T>,
  shown: (list: Versioned<T>[]) => void,
) => mirrorListed(pick, [], shown)

/** One settings record, shown once it is read */
export const mirrorDocument = <T>(
  pick: (ledger: Ledger) => StoredDocument<T>,
  shown: (kept: Kept<T>) => void,
) =>
  mirror<Kept<T>>((ledger) => {
    const doc = pick(ledger)
    return {
      peek: () => doc.peek(),
      load: () => doc.read(),
      subscribe: (onChange) => doc.subscribe(onChange),
    }
  }, shown)

/**
 * Saves one settings record at the version shown; answers 未能保存 with the reason when it was not kept. Never a
 * silent overwrite: on a conflict the stored record is shown, and the user decides whether to save again.
 */
export async function documentSaved<T>(
  doc: StoredDocument<T>,
  next: T,
  version: string | undefined,
  shown: (kept: Kept<T>) => void,
): Promise<string | undefined> {
  const written = await doc.write(next, version)
  if (written.ok) {
    shown(written.value)
    return undefined
  }
  const current = written.failure.current as Kept<T> | undefined
  if (written.failure.code === 'conflict' && current) shown(current)
  return (await import('@/i18n/zh-ledger')).zhLedger.settingNotSaved(written.failure.message)
}
