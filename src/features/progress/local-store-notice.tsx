import { zhLocalStore } from '@/i18n/zh-local-store'

// The single-file build stores entries under file://, an origin every local HTML file in this browser shares: say so.
export function LocalStoreNotice() {
  if (import.meta.env.MODE !== 'single') return null
  return (
    <aside
      aria-labelledby="local-store-notice"
      className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h3 id="local-store-notice" className="font-semibold">
        {zhLocalStore.title}
      </h3>
      <p className="mt-1">{zhLocalStore.shared}</p>
      <p className="mt-1">{zhLocalStore.advice}</p>
    </aside>
  )
}
