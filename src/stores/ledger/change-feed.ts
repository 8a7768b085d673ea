import type { HttpClient } from './http-client'

// Keeps screens current: polls GET /api/changes?since=<cursor> while someone listens, and calls back when
// another user (or this one) changed anything.

export type ChangeFeed = {
  subscribe: (onChange: () => void) => () => void
  /** This client just wrote (or signed in again): look now rather than at the next tick */
  wrote: () => void
  /** Signing out: ask nothing until wrote() */
  pause: () => void
  stop: () => void
}

type Changes = { cursor: number; changes: unknown[] }

export function changeFeed(api: HttpClient, pollMs: number): ChangeFeed {
  const listeners = new Set<() => void>()
  let cursor: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let polling = false
  let paused = false

  async function poll() {
    if (polling || paused) return
    polling = true
    const got = await api.call<Changes>(
      'GET',
      cursor === undefined ? 'api/changes' : `api/changes?since=${cursor}`,
    )
    polling = false
    // Signed out (or the session expired): ask nothing more until the next sign-in calls wrote().
    if (!got.ok && got.failure.code === 'unauthenticated') {
      clearTimeout(timer)
      timer = undefined
      return
    }
    if (got.ok) {
      // The first answer only sets the starting point, but a write may have landed before it: read once more.
      const changed = cursor === undefined || got.value.changes.length > 0
      cursor = got.value.cursor
      if (changed)
        listeners.forEach((f) => {
          f()
        })
    }
    schedule()
  }
  function schedule() {
    clearTimeout(timer)
    timer = listeners.size && !paused ? setTimeout(() => void poll(), pollMs) : undefined
  }

  return {
    subscribe(onChange) {
      listeners.add(onChange)
      if (listeners.size === 1) void poll()
      return () => {
        listeners.delete(onChange)
        if (!listeners.size) clearTimeout(timer)
      }
    },
    wrote: () => {
      paused = false
      if (listeners.size) void poll()
    },
    pause: () => {
      paused = true
      clearTimeout(timer)
    },
    stop() {
      listeners.clear()
      clearTimeout(timer)
    },
  }
}
