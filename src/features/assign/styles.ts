// Shared class names of the 任务分解 tab, so its forms look like the rest of the app.
export const input =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700'
export const button =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700'
export const primary =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700'
export const small =
  'rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700'
export const fileLabel = `${primary} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-red-700`
export const label = 'flex flex-col gap-1 text-sm font-medium text-slate-700'
export const errorText = 'text-sm text-red-800'
