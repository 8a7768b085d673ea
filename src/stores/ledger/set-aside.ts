// Copies of stored data the app could not use, kept under `<store>.set-aside.<time>` until the user deletes them.

const MARK = '.set-aside.'

/** Writes a copy and reads it back; returns its key only when the copy is really there */
export function setAside(store: string, text: string): string | undefined {
  const key = `${store}${MARK}${new Date().toISOString()}`
  try {
    localStorage.setItem(key, text)
    if (localStorage.getItem(key) === text) return key
    localStorage.removeItem(key)
  } catch {
    // storage full or blocked: no copy, and the caller must not claim one
  }
  return undefined
}

export type SetAsideCopy = { key: string; store: string; at: string; text: string }

/** Every set-aside copy in this browser, newest first */
export function setAsideCopies(): SetAsideCopy[] {
  const copies: SetAsideCopy[] = []
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      const at = key?.indexOf(MARK) ?? -1
      if (!key || at < 0) continue
      copies.push({
        key,
        store: key.slice(0, at),
        at: key.slice(at + MARK.length),
        text: localStorage.getItem(key) ?? '',
      })
    }
  } catch {
    return copies // storage blocked: nothing can be listed
  }
  return copies.sort((a, b) => b.at.localeCompare(a.at))
}

export function setAsideDeleted(key: string) {
  try {
    if (key.includes(MARK)) localStorage.removeItem(key)
  } catch {
    // blocked storage has nothing to delete
  }
}
