import type { ReactNode } from 'react'

// The 通报's table look, on screen and on paper: ruled cells, as printed official tables are.
export const tableClass = 'w-full min-w-[34rem] border-collapse text-sm print:min-w-0 print:text-[10pt]'
export const headClass = 'border border-slate-400 bg-slate-100 px-2 py-1 font-medium print:bg-transparent'
export const cellClass = 'border border-slate-400 px-2 py-1 align-top'

/** On a phone a wide table scrolls sideways inside the page (focusable, so the keyboard can scroll it too) */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <div
      tabIndex={0}
      className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-red-700 print:overflow-visible"
    >
      {children}
    </div>
  )
}
