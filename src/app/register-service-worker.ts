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

// A site taken down must not be served from the cache forever: when the server says the app's index is gone (404
// or 410, not a network failure), the worker and its caches go. `sw-probe` keeps the worker from answering it.
async function unregisterIfRemoved(registration: ServiceWorkerRegistration | undefined) {
  if (!registration || !navigator.onLine) return
  let status: number
  try {
    status = (await fetch(`./index.html?sw-probe=${Date.now()}`, { method: 'HEAD', cache: 'no-store' }))
      .status
  } catch {
    return // offline or the server is down: exactly when the cache must keep working
  }
  if (status !== 404 && status !== 410) return
  await registration.unregister()
  const keys = await caches.keys()
  await Promise.all(keys.filter((k) => k.startsWith('workbox-precache')).map((k) => caches.delete(k)))
  console.warn('看板已从服务器移除（index.html 返回 ' + String(status) + '），离线缓存已删除')
}

async function start() {
  // workbox-window in its own chunk, fetched after load: never on the first screen, never in the prerender.
  const { Workbox } = await import('workbox-window')
  const wb = new Workbox('./sw.js')
  wb.addEventListener('waiting', () => {
    applyUpdate = () => {
      // Reload once the new worker has taken over, so the page and the cache are of the same build.
      wb.addEventListener('controlling', () => {
        location.reload()
      })
      wb.messageSkipWaiting()
    }
    listeners.forEach((l) => {
      l()
    })
  })
  await unregisterIfRemoved(await wb.register())
}

export function registerServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return
  const register = () => {
    start().catch((error: unknown) => {
      console.warn('离线缓存未启用', error)
    })
  }
  // After the load event, so precaching never competes with the first screen for the network.
  if (document.readyState === 'complete') register()
  else addEventListener('load', register)
}
