// Runs inside the benchmarked page before any of its scripts: records when things first reach the screen.
export type Probe = { figures: string[]; chartLoading: string }

type Bench = {
  headline: number
  charts: number
  latency: number
  arm: (until: string, arg: string) => void
}
declare global {
  interface Window {
    __bench: Bench
  }
}

// Element Timing's entry (not in TypeScript's DOM lib yet).
type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number; element: Element | null }

// Serialised into the page by Playwright: self-contained, no imports. The headline is the paint time the browser
// reports for the element marked elementtiming="headline" (the first figure, 7.5%左右) in the app and the static
// page alike. Other marks are the start time of the first animation frame after the DOM shows the thing.
export function pageProbe({ figures, chartLoading }: Probe) {
  const text = (el: Element | null | undefined) => el?.textContent.trim() ?? ''
  const chartPending = (root: Element) =>
    [...root.querySelectorAll('[role=status]')].some((s) => text(s) === chartLoading)
  // Every chart on the dashboard is drawn: no lazy-chart placeholder left, and each frame holds a recharts
  // surface with graphics in it.
  const chartsDrawn = () => {
    const frames = [...document.querySelectorAll('main [data-chart-frame]')]
    return (
      frames.length > 0 &&
      !chartPending(document.querySelector('main') ?? document.body) &&
      frames.every((f) => {
        const svg = f.querySelector('[data-chart-body] svg.recharts-surface')
        return (
          svg !== null && svg.getBoundingClientRect().width > 0 && svg.querySelector('path, rect') !== null
        )
      })
    )
  }
  const dialogShown = (name: string) =>
    [...document.querySelectorAll('dialog[open]')].some(
      (d) =>
        text(document.getElementById(d.getAttribute('aria-labelledby') ?? '')) === name &&
        d.querySelector('li'),
    )
  // The sector panels on screen (a filtered-out panel stays mounted inside a [hidden] wrapper).
  const shownPanels = () =>
    [...document.querySelectorAll('main section[id^="sector-"]')].filter((p) => !p.closest('[hidden]'))
  const benchOption = () => document.querySelector<HTMLInputElement>('[data-bench-target]')

  // The clicked sector (marked by the benchmark) is selected, and the sector panels left are exactly that
  // sector's, charts drawn.
  const filterApplied = (label: string) => {
    const option = benchOption()
    const panels = shownPanels()
    return (
      (option?.checked === true || option?.getAttribute('aria-pressed') === 'true') &&
      panels.length > 0 &&
      panels.every((p) => text(p.querySelector('h2')).startsWith(label) && !chartPending(p))
    )
  }

  // The clicked sector is unselected again and every sector panel is back, charts drawn.
  const filterCleared = (count: string) => {
    const panels = shownPanels()
    return benchOption()?.checked === false && panels.length === Number(count) && !panels.some(chartPending)
  }

  const bench: Bench = { headline: 0, charts: 0, latency: 0, arm }
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
  function arm(until: string, arg: string) {
    bench.latency = 0
    const tests: Record<string, () => boolean> = {
      filter: () => filterApplied(arg),
      clear: () => filterCleared(arg),
      dialog: () => dialogShown(arg),
    }
    armed = { test: tests[until]!, t0: 0 }
    addEventListener(
      'click',
      (e) => {
        if (armed) armed.t0 = e.timeStamp
        queueMicrotask(check)
      },
      { capture: true, once: true },
    )
  }
  // The first paint of a headline figure: the prerendered one in the app (the live app's repaint comes later).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as ElementTiming[]) {
      if (!bench.headline && e.identifier === 'headline' && figures.some((f) => text(e.element).includes(f)))
        bench.headline = e.renderTime || e.startTime
    }
  }).observe({ type: 'element', buffered: true })
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
}
