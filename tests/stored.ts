import type { Page } from 'playwright-core'

// Reads and writes the app's IndexedDB documents (src/stores/ledger/idb-store.ts) from a test, by hand, the way
// another tab or another version of the app would.

type Op = { key: string; raw?: string | null; post?: boolean }

function inPage({ key, raw, post }: Op): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('qidong-targets', 1)
    open.onupgradeneeded = () => {
      open.result.createObjectStore('documents')
    }
    open.onerror = () => {
      reject(open.error ?? new Error('open failed'))
    }
    open.onsuccess = () => {
      const db = open.result
      const tx = db.transaction('documents', raw === undefined ? 'readonly' : 'readwrite')
      const store = tx.objectStore('documents')
      const request =
        raw === undefined ? store.get(key) : raw === null ? store.delete(key) : store.put(raw, key)
      let value: string | null = null
      request.onsuccess = () => {
        value = raw === undefined ? ((request.result as string | undefined) ?? null) : null
      }
      tx.oncomplete = () => {
        db.close()
        if (post) new BroadcastChannel('qidong-targets.documents').postMessage({ key })
        resolve(value)
      }
      tx.onerror = () => {
        reject(tx.error ?? new Error('transaction failed'))
      }
    }
  })
}

/** The document's stored text, or null */
export const storedDocument = (page: Page, key: string) => page.evaluate(inPage, { key })

/** Stores the text (null deletes it); post: tell the open tabs, as the app does after a write */
export async function documentStored(page: Page, key: string, raw: string | null, post = false) {
  await page.evaluate(inPage, { key, raw, post })
}
