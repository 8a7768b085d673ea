// The 通报's table look, on screen and on paper: ruled cells, as printed official tables are.
export const tableClass = 'w-full border-collapse text-sm print:text-[10pt]'
export const headClass = 'border border-slate-400 bg-slate-100 px-2 py-1 font-medium print:bg-transparent'
export const cellClass = 'border border-slate-400 px-2 py-1 align-top'
