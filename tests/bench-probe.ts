// Runs inside the benchmarked page before any of its scripts: records what the browser itself reports (paint,
// long tasks, Event Timing) and when things first reach the screen.
export type Probe = { figures: string[]; chartLoading: string }

type Task = { start: number; duration: number }
type Interaction = { id: number; name: string; start: number; duration: number }
type Bench = {
  headline: number
  firstPaint: number
  live: number
  charts: number
  latency: number
  tasks: Task[]
  interactions: Interaction[]
  arm: (until: string, arg: string, content?: string) => void
}
declare global {
  interface Window {
    __bench: Bench
  }
}

// Element Timing's and Event Timing's entries (Element Timing is not in TypeScript's DOM lib yet).
type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number; element: Element | null }
type EventTiming = PerformanceEntry & { interactionId: number }

// Serialised into the page by Playwright: self-contained, no imports. The headline is the paint time the browser
// reports for the element marked elementtiming="headline" (the first figure, 7.5%左右) in the app and the static
// page alike. Other marks are the start time of the first animation frame after the DOM shows the thing.
export function pageProbe({ figures, chartLoading }: Probe) {
  const text = (el: Element | null | undefined) => el?.textContent.trim() ?? ''
  const chartPending = (root: Element) =>
    [...root.querySelectorAll('[role=status]')].some((s) => text(s) === chartLoading)
  // Every chart on the dashboard is drawn: no lazy-chart placeholder left, and each chart frame holds an <svg> with
  // graphics in it (recharts or plain SVG alike).
  const chartsDrawn = () => {
    const frames = [...document.querySelectorAll('main [data-chart-frame]')]
    return (
      frames.length > 0 &&
      !chartPending(document.querySelector('main') ?? document.body) &&
      frames.every((f) =>
        [...f.querySelectorAll('[data-chart-body] svg')].some(
          (svg) => svg.getBoundingClientRect().width > 40 && svg.querySelector('path, rect, line, circle'),
        ),
      )
    )
  }
  // The app is live once React has attached its props to a filter chip: from then on a click runs the app's handler
  // (with createRoot the chip is a new element, with hydrateRoot the prerendered one).
  const isLive = () => {
    const chip = document.querySelector('input[data-url-param="sector"]')
    return chip !== null && Object.keys(chip).some((k) => k.startsWith('__reactProps$'))
  }
  // A dialog whose title starts with `name` is open with its content: a list (名词解释) or the given text (导入预览).
  const dialogShown = (name: string, content?: string) =>
    [...document.querySelectorAll('dialog[open]')].some(
      (d) =>
        text(document.getElementById(d.getAttribute('aria-labelledby') ?? '')).startsWith(name) &&
        (content ? text(d).includes(content) : d.querySelector('li')),
    )

  const bench: Bench = {
    headline: 0,
    firstPaint: 0,
    live: 0,
    charts: 0,
    latency: 0,
    tasks: [],
    interactions: [],
    arm,
  }
  window.__bench = bench
  let armed: { test: () => boolean; t0: number } | null = null
  const frame = (done: (t: number) => void) =>
    requestAnimationFrame(() => {
      done(performance.now())
    })
  const check = () => {
    if (!bench.charts && chartsDrawn()) {
      bench.charts = -1
      frame((t) => (bench.charts = t))
    }
    if (armed?.t0 && armed.test()) {
      const { t0 } = armed
      armed = null
      frame((t) => (bench.latency = t - t0))
    }
  }
  function arm(until: string, arg: string, content?: string) {
    bench.latency = 0
    const tests: Record<string, () => boolean> = { dialog: () => dialogShown(arg, content) }
    armed = { test: tests[until]!, t0: 0 }
    for (const type of ['click', 'change'])
      addEventListener(
        type,
        (e) => {
          if (armed && !armed.t0) armed.t0 = e.timeStamp
          queueMicrotask(check)
        },
        { capture: true, once: true },
      )
  }
  const observe = (type: string, each: (e: PerformanceEntry) => void, options: object = {}) => {
    try {
      new PerformanceObserver((list) => {
        list.getEntries().forEach(each)
      }).observe({ type, buffered: true, ...options })
    } catch {
      // An entry type this browser lacks leaves its figure unmeasured (null), never made up.
    }
  }
  // The first paint of a headline figure: the prerendered one in the app (the live app's repaint comes later).
  observe('element', (entry) => {
    const e = entry as ElementTiming
    if (!bench.headline && e.identifier === 'headline' && figures.some((f) => text(e.element).includes(f)))
      bench.headline = e.renderTime || e.startTime
  })
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.firstPaint = e.startTime
  })
  observe('longtask', (e) => bench.tasks.push({ start: e.startTime, duration: e.duration }))
  // Event Timing: an interaction's latency is its longest event (pointerdown, pointerup, click), input to next paint.
  observe(
    'event',
    (entry) => {
      const e = entry as EventTiming
      if (!e.interactionId) return
      const known = bench.interactions.find((i) => i.id === e.interactionId)
      if (known) known.duration = Math.max(known.duration, e.duration)
      else
        bench.interactions.push({
          id: e.interactionId,
          name: e.name,
          start: e.startTime,
          duration: e.duration,
        })
    },
    { durationThreshold: 16 },
  )
  // Hydration attaches handlers without changing the DOM: polled each frame until live.
  const poll = () => {
    if (isLive()) bench.live = performance.now()
    else requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
}
