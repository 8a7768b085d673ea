import { startTransition, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

// Charts are drawn one commit each, a few per task, so no single task draws them all: revealed together, 31 charts
// were one 100–200 ms commit (their frames measure themselves and re-render at once). Charts near the viewport go
// first, then the rest in page order.

type Waiting = {
  element: RefObject<Element | null>
  load: () => Promise<unknown>
  grant: () => void
  committed?: () => void
  near: boolean
}

// Commits run back to back until this much of the task is spent; then the browser gets the thread back.
const SLICE_MS = 30

const waiting: Waiting[] = []
let running = false
let observer: IntersectionObserver | undefined

// Near the viewport or one screen below it: what the user sees, or scrolls to next.
function observe(w: Waiting) {
  const el = w.element.current
  if (!el || typeof IntersectionObserver === 'undefined') return
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const item = waiting.find((x) => x.element.current === e.target)
        if (item) item.near = e.isIntersecting
      }
    },
    { rootMargin: '0px 0px 100% 0px' },
  )
  observer.observe(el)
}

function forget(w: Waiting) {
  const i = waiting.indexOf(w)
  if (i >= 0) waiting.splice(i, 1)
  const el = w.element.current
  if (el) observer?.unobserve(el)
}

// A new task, so the browser can paint and take input in between (setTimeout would be clamped to 4 ms).
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })

async function run() {
  let sliceStart = performance.now()
  // Once this task has run its slice, the browser gets the thread back before the next step.
  const yieldIfSpent = async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return
    await nextTask()
    sliceStart = performance.now()
  }
  while (waiting.length > 0) {
    const next = waiting.find((w) => w.near) ?? waiting[0]!
    // Its code first (a resolved import costs a microtask, not a task); a failed one is drawn as its error.
    await next.load().catch(() => undefined)
    // A chart's code evaluated just now is a task of its own, apart from drawing.
    await yieldIfSpent()
    if (!waiting.includes(next)) continue
    forget(next)
    // Drawn as a transition, so React renders it in slices; the next one waits for this one's commit.
    await new Promise<void>((resolve) => {
      next.committed = resolve
      startTransition(next.grant)
    })
    await yieldIfSpent()
  }
  running = false
}

/**
 * Whether this chart may draw now. False on the first render (as prerendered, so hydration matches), then true once
 * its turn comes; `element` is its placeholder, which tells whether it is near the viewport.
 */
export function useChartTurn(element: RefObject<Element | null>, load: () => Promise<unknown>): boolean {
  const [granted, setGranted] = useState(false)
  const item = useRef<Waiting>(null)
  useLayoutEffect(() => {
    if (granted) item.current?.committed?.()
  }, [granted])
  useEffect(() => {
    if (granted) return
    const w: Waiting = (item.current = {
      element,
      load,
      grant: () => {
        setGranted(true)
      },
      near: false,
    })
    waiting.push(w)
    observe(w)
    if (!running) {
      running = true
      void nextTask().then(run)
    }
    return () => {
      forget(w)
      w.committed?.()
    }
  }, [granted, element, load])
  return granted
}
