// Starts the import worker. The single-file build swaps this module for start-import-worker-none.ts (vite.config),
// so its one HTML file carries no worker file it could not load from disk anyway.
export const startImportWorker: (() => Worker) | null = () =>
  new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
