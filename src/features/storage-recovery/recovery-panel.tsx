import { useEffect, useState } from 'react'
import { zhRecovery } from '@/i18n/zh-recovery'
import { zhStorageIssue } from '@/i18n/zh-storage-issue'
import { saveBlob } from '@/lib/download'
import { fileName } from '@/lib/file-name'
import { formatDateTime } from '@/lib/format'
import { setAsideCopies, setAsideDeleted, type SetAsideCopy } from '@/stores/ledger/set-aside'
import { useServerMode } from '@/stores/use-session'
import { useStorageIssues } from '@/stores/use-storage-issues'

const t = zhRecovery
const buttonClass =
  'rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700'

const storeName = (copy: SetAsideCopy) => zhStorageIssue.stores[copy.store] ?? copy.store

function download(copy: SetAsideCopy) {
  const json = /^\s*[[{]/.test(copy.text)
  const type = json ? 'application/json;charset=utf-8' : 'text/plain;charset=utf-8'
  const stamp = copy.at.replace(/[:.]/g, '-')
  saveBlob(
    new Blob([copy.text], { type }),
    fileName([t.fileName, storeName(copy), stamp], json ? 'json' : 'txt'),
  )
}

// 数据恢复: every copy the app set aside, to download or delete at any time, not only while a banner shows.
export function RecoveryPanel() {
  // Read on every render: a new problem (issues) may have set a copy aside; another tab or this panel
  // (changed) may have deleted one. The list is a few keys, cheap to read.
  useStorageIssues()
  const [, setChanges] = useState(0)
  const copies = setAsideCopies()
  const [confirming, setConfirming] = useState<string | null>(null)
  const server = useServerMode()
  const changed = () => {
    setChanges((n) => n + 1)
  }

  useEffect(() => {
    window.addEventListener('storage', changed)
    return () => {
      window.removeEventListener('storage', changed)
    }
  }, [])

  // On the shared server this browser keeps nothing: the panel is there only for copies left from single use.
  if (server && copies.length === 0) return null
  return (
    <section aria-labelledby="recovery-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="recovery-title" className="font-semibold text-slate-900">
        {t.title}
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        {copies.length ? (server ? t.introServer : t.intro) : t.none}
      </p>
      <ul className="mt-2 divide-y divide-slate-100">
        {copies.map((copy) => {
          const label = t.label(storeName(copy), formatDateTime(copy.at))
          return (
            <li key={copy.key} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
              <span className="font-medium">{label}</span>
              <span className="text-slate-600">{t.size(copy.text.length)}</span>
              <span className="ml-auto flex flex-wrap gap-2">
                <button
                  type="button"
                  className={buttonClass}
                  aria-label={`${t.download} ${label}`}
                  onClick={() => {
                    download(copy)
                  }}
                >
                  {t.download}
                </button>
                {confirming === copy.key ? (
                  <>
                    <button
                      type="button"
                      className={`${buttonClass} border-red-700 text-red-800`}
                      aria-label={`${t.confirmDelete} ${label}`}
                      onClick={() => {
                        setAsideDeleted(copy.key)
                        setConfirming(null)
                        changed()
                      }}
                    >
                      {t.confirmDelete}
                    </button>
                    <button
                      type="button"
                      className={buttonClass}
                      onClick={() => {
                        setConfirming(null)
                      }}
                    >
                      {t.cancel}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className={buttonClass}
                    aria-label={`${t.delete} ${label}`}
                    onClick={() => {
                      setConfirming(copy.key)
                    }}
                  >
                    {t.delete}
                  </button>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
