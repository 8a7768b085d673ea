import { useEffect, useState } from 'react'
import { zhUnexpectedError } from '@/i18n/zh-unexpected-error'

const t = zhUnexpectedError

function messageOf(reason: unknown): string {
  if (reason instanceof Error) return reason.message.slice(0, 300)
  return String(reason).slice(0, 300)
}

// Error boundaries do not see errors thrown in click handlers or promises: this says so instead of doing nothing.
export function UnexpectedErrorNotice() {
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    const onError = (e: ErrorEvent) => {
      // A failed <script>/<img> also fires 'error' on window with no error object: not an action that failed.
      if (!(e.error instanceof Error)) return
      setMessage(messageOf(e.error))
    }
    const onRejection = (e: PromiseRejectionEvent) => {
      setMessage(messageOf(e.reason))
    }
    addEventListener('error', onError)
    addEventListener('unhandledrejection', onRejection)
    return () => {
      removeEventListener('error', onError)
      removeEventListener('unhandledrejection', onRejection)
    }
  }, [])
  if (message === null) return null
  return (
    <div
      role="alert"
      className="fixed inset-x-2 bottom-2 z-50 mx-auto max-w-xl rounded-lg border border-red-300 bg-white p-4 text-sm text-slate-800 shadow-lg print:hidden"
    >
      <p className="font-semibold text-red-800">{t.title}</p>
      <p className="mt-1">{t.hint}</p>
      <p className="mt-1 break-words text-slate-700">
        {t.detail}
        {message}
      </p>
      <button
        type="button"
        onClick={() => {
          setMessage(null)
        }}
        className="mt-2 rounded-md border border-slate-400 px-3 py-1 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        {t.dismiss}
      </button>
    </div>
  )
}
