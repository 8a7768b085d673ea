import { zhStorageIssue } from '@/i18n/zh-storage-issue'
import { saveBlob } from '@/lib/download'
import { fileName, localDate } from '@/lib/file-name'
import { storageIssueDismissed, type StorageIssue } from '@/stores/use-storage-issues'

const t = zhStorageIssue

function message(issue: StorageIssue): string {
  const what = t.stores[issue.store] ?? issue.store
  if (issue.reason === 'invalid_records' || issue.reason === 'invalid_not_kept')
    return t[issue.reason](what, issue.count ?? 0)
  if (issue.reason === 'migration_failed') return t.migration_failed(what, issue.detail ?? '')
  return t[issue.reason](what)
}

function download(issue: StorageIssue) {
  const type = issue.format === 'txt' ? 'text/plain;charset=utf-8' : 'application/json;charset=utf-8'
  const name = fileName(
    [t.fileName, t.stores[issue.store] ?? '', localDate(new Date())],
    issue.format ?? 'json',
  )
  saveBlob(new Blob([issue.text ?? ''], { type }), name)
}

// Tells the user, in Chinese, what browser storage could not be read, and hands the set-aside data over as a file.
export function StorageIssueList({ issues }: { issues: readonly StorageIssue[] }) {
  return (
    <div className="mx-auto flex max-w-screen-2xl flex-col gap-2 px-4 pt-3 sm:px-6">
      {issues.map((issue) => (
        <div
          key={issue.id}
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p>
            <span aria-hidden>⚠ </span>
            {message(issue)}
            {issue.setAsideKey && ` ${t.keptUnder(issue.setAsideKey)}`}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {issue.text !== undefined && (
              <button
                type="button"
                onClick={() => {
                  download(issue)
                }}
                className="rounded-md bg-amber-800 px-3 py-1 text-white hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-800"
              >
                {t.download}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                storageIssueDismissed(issue.id)
              }}
              className="rounded-md border border-amber-700 px-3 py-1 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-800"
            >
              {t.dismiss}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
