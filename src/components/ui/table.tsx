import type { ReactNode } from 'react'

// Shared table-cell styles: ruled cells for official tables (the 通报, on screen and on paper), and plain
// rows for data lists (import preview, a chart's data table).
export const tableClass = 'w-full min-w-[34rem] border-collapse text-sm print:min-w-0 print:text-[10pt]'
export const headClass = 'border border-slate-400 bg-slate-100 px-2 py-1 font-medium print:bg-transparent'
export const cellClass = 'border border-slate-400 px-2 py-1 align-top'
/** A plain data-list cell: a hairline under each row */
export const rowCellClass = 'border-b border-slate-200 px-2 py-1.5 text-left align-top'

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
