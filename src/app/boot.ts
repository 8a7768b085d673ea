// The page's only module script: the prerendered HTML is painted first, then the app is fetched (its chunks in
// parallel, by Vite's preload helper), evaluated and hydrates. Loaded before parsing ends, the app's modules used to
// run and hydrate before the first paint; modulepreloaded from index.html, they were compiled beside it.
// The stylesheet belongs to the page itself: inlined into index.html (src/build/inline-css.ts), never late.
import '../index.css'

// Resolves once the prerendered page is on screen: the first contentful paint is reported when its frame has been
// presented, after raster. Started when the frame was only committed (a frame callback), the app's evaluation ran
// beside that frame's raster and delayed the headline by ~35 ms (A/B, tests/bench-probe.ts's Element Timing).
function afterFirstPaint(): Promise<void> {
  // A tab opened in the background draws no frames; nothing prerendered (another view or 本期 was asked for, the
  // inline script dropped the markup) paints nothing until the app runs: nothing to wait for in either case.
  if (document.visibilityState === 'hidden' || !document.getElementById('root')?.firstElementChild)
    return Promise.resolve()
  return new Promise((resolve) => {
    let started = false
    const start = () => {
      if (started) return
      started = true
      setTimeout(resolve, 0)
    }
    // Paint timing: Chrome 60+, Firefox 84+, Safari 14.1+ (supportedEntryTypes itself is missing before 2019).
    const types = (window.PerformanceObserver as Partial<typeof PerformanceObserver> | undefined)
      ?.supportedEntryTypes
    if (!types?.includes('paint')) {
      // Without paint timing: a task queued from a frame callback runs once that frame is committed.
      requestAnimationFrame(() => setTimeout(start, 0))
      return
    }
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      start()
    }).observe({ type: 'paint', buffered: true })
    // Hidden before it painted, the page draws no frame; and the app never waits on a paint that does not come.
    document.addEventListener('visibilitychange', start, { once: true })
    setTimeout(start, 1000)
  })
}

await afterFirstPaint()
await import('./main')
