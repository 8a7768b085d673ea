import { Workbox } from 'workbox-window'

// The worker's registration and its update and removal checks: loaded after the page's load event
// (register-service-worker.ts), never on the first screen's path.

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

/** Registers ./sw.js; `waiting` is told how to apply a new build once one is installed and waiting */
export async function startServiceWorker(waiting: (apply: () => void) => void) {
  const wb = new Workbox('./sw.js')
  wb.addEventListener('waiting', () => {
    waiting(() => {
      // Reload once the new worker has taken over, so the page and the cache are of the same build.
      wb.addEventListener('controlling', () => {
        location.reload()
      })
      wb.messageSkipWaiting()
    })
  })
  await unregisterIfRemoved(await wb.register())
}
