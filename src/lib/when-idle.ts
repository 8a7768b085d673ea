/**
 * Runs `task` when the page is next idle: a chunk a click will need, fetched once the first screen is live. A failed
 * fetch is not reported here: the click that needs the chunk asks again and says so if it fails.
 */
export function whenIdle(task: () => Promise<unknown>): () => void {
  const run = () => {
    task().catch(() => undefined)
  }
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 4000 })
    return () => {
      cancelIdleCallback(id)
    }
  }
  const id = setTimeout(run, 1000)
  return () => {
    clearTimeout(id)
  }
}
