import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

// The IndexedDB database holding the browser's documents: one object store, each document's text under its
// old localStorage key, so what was read from either place goes through the same checks (read-stored.ts).

export const DB_NAME = 'qidong-targets'
export const STORE = 'documents'
/** Tells the other tabs which document changed: IndexedDB has no storage event */
export const CHANNEL = 'qidong-targets.documents'

interface Documents extends DBSchema {
  documents: { key: string; value: string }
}

export type DocumentsDb = IDBPDatabase<Documents>

let opening: Promise<DocumentsDb> | undefined

export function openDocuments(): Promise<DocumentsDb> {
  opening ??= openDB<Documents>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE)
    },
    blocking() {
      // A newer version of the app wants to upgrade the database: let it, this page reopens on its next use.
      void opening?.then((db) => {
        db.close()
      })
      opening = undefined
    },
  }).catch((error: unknown) => {
    opening = undefined // try again on the next use
    throw error
  })
  return opening
}

export const indexedDbAvailable = () => typeof indexedDB !== 'undefined'

export async function storedRaw(key: string): Promise<string | null> {
  const db = await openDocuments()
  return (await db.get(STORE, key)) ?? null
}

export async function rawRemoved(key: string): Promise<void> {
  const db = await openDocuments()
  await db.delete(STORE, key)
}

export async function rawPut(key: string, raw: string): Promise<void> {
  const db = await openDocuments()
  await db.put(STORE, raw, key)
}

/** Adds the text only where the key is absent; false when another tab got there first */
export async function rawAdded(key: string, raw: string): Promise<boolean> {
  const db = await openDocuments()
  const tx = db.transaction(STORE, 'readwrite')
  if ((await tx.store.getKey(key)) !== undefined) {
    await tx.done
    return false
  }
  await tx.store.add(raw, key)
  await tx.done
  return true
}

type Message = { key: string }
let channel: BroadcastChannel | undefined
const channelOf = () =>
  typeof BroadcastChannel === 'undefined' ? undefined : (channel ??= new BroadcastChannel(CHANNEL))

export function documentChanged(key: string) {
  channelOf()?.postMessage({ key } satisfies Message)
}

/** Calls back when another tab changed this document */
export function onOtherTabChange(key: string, f: () => void) {
  // The same channel object that posts: a BroadcastChannel never hears its own messages, only other tabs'.
  channelOf()?.addEventListener('message', (e: MessageEvent<Message>) => {
    if (e.data.key === key) f()
  })
}
