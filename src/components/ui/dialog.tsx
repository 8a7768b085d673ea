import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { zh } from '@/i18n/zh'
import { buttonClass } from '@/components/ui/button'

// A modal on the native <dialog>: showModal() gives the top layer, inert background, focus trap and Esc.

type Props = {
  open: boolean
  /** Called when the user closes it (Esc, the close button, a click on the backdrop) — not when `open` turns false. */
  onClose: () => void
  title: ReactNode
  /** drawer: slides in at the right, full screen on phones; centered: a reading panel, top-anchored so it grows downwards */
  placement?: 'drawer' | 'centered'
  children: ReactNode
}

const placements = {
  drawer: 'mr-0 ml-auto h-dvh max-h-none w-full max-w-md',
  centered:
    'mx-auto h-dvh max-h-none w-full max-w-none sm:mt-[8vh] sm:h-fit sm:max-h-[84vh] sm:max-w-3xl sm:rounded-lg',
}

export function Dialog({ open, onClose, title, placement = 'centered', children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const closingByProp = useRef(false)
  const opener = useRef<Element | null>(null)

  // A layout effect, so the dialog is open before its children's effects move focus inside it.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) {
      closingByProp.current = true
      dialog.close()
    }
  }, [open])

  // Browsers differ in restoring focus after close(): hand it back to the opener ourselves.
  const handleClose = () => {
    const target = opener.current
    opener.current = null
    if (target instanceof HTMLElement && target.isConnected) target.focus()
    if (closingByProp.current) closingByProp.current = false
    else onClose()
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={handleClose}
      // A click on the backdrop lands on the <dialog> itself; the panel inside covers the rest.
      onClick={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.close()
      }}
      className={`${placements[placement]} overflow-hidden border-0 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 open:flex`}
    >
      <div className="flex min-h-0 w-full flex-col">
        <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-3">
          <h2 id={titleId} className="flex-1 text-lg font-semibold text-red-900">
            {title}
          </h2>
          <button type="button" onClick={() => ref.current?.close()} className={buttonClass('quiet', 'md')}>
            {zh.close}
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
      </div>
    </dialog>
  )
}
