import { useEffect, useId, useRef, useState } from 'react'
import { zh } from '@/i18n/zh'

const t = zh.share
type Copy = { state: 'idle' } | { state: 'copied' } | { state: 'manual'; url: string }

// 复制链接: the address of this view (filters, tab, 本期 are all in it); where the clipboard refuses, the link is
// shown selected so Ctrl+C copies it.
export function CopyLinkButton() {
  const [copy, setCopy] = useState<Copy>({ state: 'idle' })
  const fallbackId = useId()
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (copy.state === 'manual') field.current?.select()
    if (copy.state !== 'copied') return
    const timer = setTimeout(() => {
      setCopy({ state: 'idle' })
    }, 4000)
    return () => {
      clearTimeout(timer)
    }
  }, [copy])

  const onClick = () => {
    const url = window.location.href
    const manual = () => {
      setCopy({ state: 'manual', url })
    }
    // Missing outside a secure context (a plain-http intranet address) and in some embedded browsers.
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (typeof clipboard?.writeText !== 'function') {
      manual()
      return
    }
    clipboard.writeText(url).then(() => {
      setCopy({ state: 'copied' })
    }, manual)
  }

  return (
    <div className="relative flex shrink-0 flex-col items-end">
      <button
        type="button"
        onClick={onClick}
        aria-describedby={copy.state === 'manual' ? fallbackId : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm whitespace-nowrap text-slate-700 hover:border-red-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700"
      >
        {copy.state === 'copied' && <span aria-hidden>✓ </span>}
        {copy.state === 'copied' ? t.copied : t.copyLink}
      </button>
      <p role="status" className="sr-only">
        {copy.state === 'copied' ? t.copiedStatus : ''}
      </p>
      {copy.state === 'manual' && (
        <div className="absolute top-full right-0 z-30 mt-1 flex w-[min(28rem,calc(100vw-2rem))] flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 text-sm shadow-lg">
          <p id={fallbackId} role="alert" className="text-slate-700">
            {t.copyFallback}
          </p>
          <div className="flex gap-2">
            <input
              ref={field}
              readOnly
              aria-label={t.linkLabel}
              value={copy.url}
              onFocus={(e) => {
                e.currentTarget.select()
              }}
              className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-xs"
            />
            <button
              type="button"
              onClick={() => {
                setCopy({ state: 'idle' })
              }}
              className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
            >
              {zh.close}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
