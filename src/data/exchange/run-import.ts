import { newId } from '@/lib/new-id'
import { startImportWorker } from '@/data/exchange/start-import-worker'
import { readAndPlan, type ImportJob, type ImportOutcome } from './read-and-plan'

// Runs an import's read, parse and plan in a Web Worker; on the page where no worker can start (file://, the
// single-file build, an old browser, a worker that fails) or for an .xlsx (exceljs stays a page chunk).

function inWorker(job: ImportJob): Promise<ImportOutcome> | null {
  if (!startImportWorker || typeof Worker === 'undefined' || /\.xlsx$/i.test(job.name)) return null
  let worker: Worker
  try {
    worker = startImportWorker()
  } catch {
    return null
  }
  return new Promise<ImportOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => {
      resolve(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      reject(new Error(event.message))
    }
    worker.onmessageerror = () => {
      reject(new Error('messageerror'))
    }
    worker.postMessage(job)
  }).finally(() => {
    worker.terminate()
  })
}

export async function runImport(job: ImportJob): Promise<ImportOutcome> {
  const pending = inWorker(job)
  if (pending) {
    try {
      return await pending
    } catch {
      // The worker could not load or died: the same work on the page gives the same answer, only slower.
    }
  }
  return readAndPlan(job, newId)
}
