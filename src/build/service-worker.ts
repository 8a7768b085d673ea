import type { PluginOption } from 'vite'
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'

// Offline after the first visit, through Workbox: only this build's own files are precached, and only the app's own
// URL (its folder or index.html, with any ?query) is answered from the cache. Other pages, files and sub-folders in
// the same scope go to the network. A new build waits for the user (有新版本, src/app/update-prompt.tsx).
export const serviceWorkerOptions = {
  strategies: 'generateSW',
  filename: 'sw.js',
  injectRegister: false,
  registerType: 'prompt',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,json}'],
    globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js'],
    // No catch-all fallback: a navigation the precache does not hold goes to the server.
    navigateFallback: null,
    directoryIndex: 'index.html',
    // Any ?view=…&sector=… of the app is the one index.html; sw-probe is kept so the removal check reaches the server.
    ignoreURLParametersMatching: [/^(?!sw-probe$)/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // Hashed file names are their content: no cache-busting query needed.
    dontCacheBustURLsMatching: /\/assets\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  },
} satisfies Partial<VitePWAOptions>

export function serviceWorker(): PluginOption {
  return VitePWA(serviceWorkerOptions)
}
