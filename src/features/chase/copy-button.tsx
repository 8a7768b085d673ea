import { useId, useRef, useState } from 'react'
import { zhChase } from '@/i18n/zh-chase'

const c = zhChase

type Outcome = 'idle' | 'copied' | 'manual'

// Copies a text; where the browser refuses the clipboard, shows the text selected so Ctrl+C copies it.
export function CopyButton({ label, text }: { label: string; text: string }) {
  const id = useId()
  const [outcome, setOutcome] = useState<Outcome>('idle')
  const area = useRef<HTMLTextAreaElement>(null)

  async function copy() {
    try {
      // navigator.clipboard is absent outside a secure context (e.g. a file:// or plain-http address)
      if (typeof navigator.clipboard === 'undefined') throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setOutcome('copied')
    } catch {
      setOutcome('manual')
      requestAnimationFrame(() => {
        area.current?.focus()
        area.current?.select()
      })
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => {
            void copy()
          }}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
        >
          {label}
        </button>
        <p role="status" className="text-sm font-medium text-green-800">
          {outcome === 'copied' ? `✓ ${c.copied}` : ''}
        </p>
      </div>
      {outcome === 'manual' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm text-amber-900">
            {c.manual}
          </label>
          <textarea
            id={id}
            ref={area}
            readOnly
            rows={8}
            value={text}
            className="w-full rounded-md border border-amber-400 bg-amber-50 p-2 text-sm"
          />
        </div>
      )}
    </div>
  )
}
