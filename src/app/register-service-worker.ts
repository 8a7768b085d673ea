// Offline after the first visit (Workbox, configured in src/build/service-worker.ts). Only for the served build: not in dev, not
// from disk (file://), not in the single-file build, which carries everything inside itself.

type Listener = () => void
const listeners = new Set<Listener>()
let applyUpdate: (() => void) | null = null

/** For the 有新版本 prompt: set while a new build is installed and waiting for the user */
export const subscribeUpdate = (listener: Listener) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
export const pendingUpdate = () => applyUpdate

function updateWaiting(apply: () => void) {
  applyUpdate = apply
  listeners.forEach((l) => {
    l()
  })
}

export function registerServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return
  const register = () => {
    // Its code (and workbox-window) in a chunk of its own: never on the first screen, never in the prerender.
    import('./service-worker-start')
      .then((m) => m.startServiceWorker(updateWaiting))
      .catch((error: unknown) => {
        console.warn('离线缓存未启用', error)
      })
  }
  // After the load event, so precaching never competes with the first screen for the network.
  if (document.readyState === 'complete') register()
  else addEventListener('load', register)
}
