import { lazy, Suspense } from 'react'
import { useStorageIssues } from '@/stores/use-storage-issues'

// Shown only when browser storage could not be read or written, which the first screen never waits for: the
// banner's code loads then.
const StorageIssueList = lazy(() =>
  import('./storage-issue-list').then((m) => ({ default: m.StorageIssueList })),
)

export function StorageRecoveryBanner() {
  const issues = useStorageIssues()
  if (issues.length === 0) return null
  return (
    <Suspense fallback={null}>
      <StorageIssueList issues={issues} />
    </Suspense>
  )
}
