import { useSyncExternalStore } from 'react'
import { zhUpdate } from '@/i18n/zh-update'
import { pendingUpdate, subscribeUpdate } from './register-service-worker'

const t = zhUpdate

// A new build never replaces the page under the user's hands: it says 有新版本 and waits for a click.
export function UpdatePrompt() {
  const apply = useSyncExternalStore(subscribeUpdate, pendingUpdate, () => null)
  if (!apply) return null
  return (
    <div
      role="status"
      className="fixed right-2 bottom-2 z-40 flex max-w-sm flex-wrap items-center gap-2 rounded-lg border border-slate-300 bg-white p-3 text-sm text-slate-800 shadow-lg print:hidden"
    >
      <p>
        <strong className="font-semibold">{t.title}</strong>
        {t.hint}
      </p>
      <button
        type="button"
        onClick={apply}
        className="rounded-md bg-red-700 px-3 py-1 text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        {t.apply}
      </button>
    </div>
  )
}
