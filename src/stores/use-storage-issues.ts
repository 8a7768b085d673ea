import { create } from 'zustand'

// What went wrong reading or writing browser storage this session, so the app can tell the user in Chinese.

export type StorageIssueReason =
  | 'unreadable' // not JSON, or not a stored state at all
  | 'invalid_records' // some records failed validation; the valid ones were kept
  | 'newer_version' // written by a newer version of the app
  | 'write_failed' // storage full or blocked: the change was not kept
  | 'unreadable_not_kept' // unreadable, and no copy could be set aside: read-only until the user downloads it
  | 'invalid_not_kept' // some records failed validation and could not be set aside: read-only
  | 'migration_failed' // the move to IndexedDB failed: the store stays in localStorage, untouched
  | 'legacy_copy' // localStorage held another copy beside IndexedDB's (an older version wrote it): set aside

export type StorageIssue = {
  id: string
  /** The store's localStorage key, e.g. qidong-targets.progress */
  store: string
  reason: StorageIssueReason
  /** How many records were set aside (invalid_records) */
  count?: number
  /** The localStorage key the unreadable part was copied to, if copying worked */
  setAsideKey?: string
  /** The set-aside text itself, offered for download */
  text?: string
  /** Why, in Chinese, when the reason alone does not say (migration_failed) */
  detail?: string
  /** File extension for the download: .txt for text that is not JSON */
  format?: 'json' | 'txt'
}

const useIssues = create<{ issues: StorageIssue[] }>()(() => ({ issues: [] }))

export const useStorageIssues = () => useIssues((s) => s.issues)
export const getStorageIssues = () => useIssues.getState().issues

export function storageIssueReported(issue: Omit<StorageIssue, 'id'>) {
  useIssues.setState((s) => {
    // A failing write repeats on every change: announce it once per store.
    if (
      issue.reason === 'write_failed' &&
      s.issues.some((i) => i.store === issue.store && i.reason === 'write_failed')
    )
      return s
    return { issues: [...s.issues, { ...issue, id: `${issue.store}:${Date.now()}:${s.issues.length}` }] }
  })
}

export function storageIssueDismissed(id: string) {
  useIssues.setState((s) => ({ issues: s.issues.filter((i) => i.id !== id) }))
}
