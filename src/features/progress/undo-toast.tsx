import { useEffect, useRef } from 'react'
import { zhHistory } from '@/i18n/zh-history'
import { undoDismissed, undoTaken, useUndoAnnouncement, useUndoOffer } from './use-undo'

// After a delete or an edit: what happened, and 撤销 within reach of the keyboard (focus moves to it).
export function UndoToast() {
  const offer = useUndoOffer()
  const announcement = useUndoAnnouncement()
  const undo = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (offer) undo.current?.focus()
  }, [offer])
  return (
    <div
      role="status"
      className="fixed inset-x-2 bottom-3 z-30 flex justify-center sm:inset-x-auto sm:right-4"
    >
      {offer ? (
        <div className="flex max-w-md flex-wrap items-center gap-2 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg">
          <span>{offer.message}</span>
          <button
            ref={undo}
            type="button"
            onClick={() => {
              void undoTaken()
            }}
            className="rounded border border-white/60 px-2 py-0.5 font-medium hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            {zhHistory.undo}
          </button>
          <button
            type="button"
            onClick={undoDismissed}
            aria-label={zhHistory.dismiss}
            className="rounded px-1.5 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
          >
            ✕
          </button>
        </div>
      ) : (
        <span className="sr-only">{announcement}</span>
      )}
    </div>
  )
}
