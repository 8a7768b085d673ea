// The single-file build's stand-in for start-import-worker.ts: no worker, the import runs on the page.
export const startImportWorker: (() => Worker) | null = null
