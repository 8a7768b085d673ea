// The page's only module script: the prerendered HTML is painted first, then the app (modulepreloaded in index.html
// by src/build/preload-app.ts, so it downloads meanwhile) is evaluated and hydrates. Loaded before parsing ends,
// the app's modules used to run and hydrate before the first paint.
// The stylesheet belongs to the page itself: inlined into index.html (src/build/inline-css.ts), never late.
import '../index.css'

function afterFirstPaint(): Promise<void> {
  // A tab opened in the background draws no frames: nothing to wait for there.
  if (document.visibilityState === 'hidden') return Promise.resolve()
  // A frame callback runs just before that frame paints; a task queued from it runs after the paint.
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

await afterFirstPaint()
await import('./main')
