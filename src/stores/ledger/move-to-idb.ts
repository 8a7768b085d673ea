import { zhStorageIssue } from '@/i18n/zh-storage-issue'
import { storageIssueReported } from '../use-storage-issues'
import { rawAdded, storedRaw } from './idb-store'
import { setAside } from './set-aside'
import { writeProblem } from './write-problem'

// The one-time move of a document from localStorage (where earlier versions kept it) to IndexedDB. The old key is
// removed only after the IndexedDB copy was read back identical; a failed move leaves localStorage untouched.

const t = zhStorageIssue

function legacyOf(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null // blocked localStorage holds nothing this app can move
  }
}

function removeLegacy(key: string) {
  try {
    localStorage.removeItem(key)
  } catch {
    // it stays; the next start finds the copy identical and tries again
  }
}

/** problem: why the move failed, in Chinese; the document then stays in localStorage */
export async function moveFromLocalStorage(key: string): Promise<{ problem?: string }> {
  const legacy = legacyOf(key)
  if (legacy === null) return {}
  let stored: string | null
  try {
    if (await rawAdded(key, legacy)) {
      stored = await storedRaw(key)
      if (stored !== legacy) return { problem: t.moveUnverified }
      removeLegacy(key)
      return {}
    }
    stored = await storedRaw(key)
  } catch (error) {
    return { problem: writeProblem(error).message }
  }
  // IndexedDB already holds this document: the old key is a copy whose removal failed, or was written since by an
  // older version of the app. Identical: drop it; different: set it aside where 数据恢复 lists it.
  if (stored === legacy) removeLegacy(key)
  else {
    const copy = setAside(key, legacy)
    if (copy) removeLegacy(key)
    storageIssueReported({
      store: key,
      reason: 'legacy_copy',
      text: legacy,
      format: 'json',
      ...(copy && { setAsideKey: copy }),
    })
  }
  return {}
}
