// Offline after the first visit (public/sw.js). Only for the served build: not in dev, not from disk (file://),
// not in the single-file build, which carries everything inside itself.
export function registerServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('离线缓存未启用', error)
    })
  }
  // After the load event, so precaching never competes with the first screen for the network.
  if (document.readyState === 'complete') register()
  else addEventListener('load', register)
}
