// @vitest-environment node
// The service worker answers any ?query of the app from the one cached index.html except the sw-probe check, caches
// only this build's files, never falls back to the app for other pages, and waits for the user before updating.
import { describe, expect, it } from 'vitest'
import { serviceWorker, serviceWorkerOptions } from './service-worker'

const { workbox } = serviceWorkerOptions
const ignored = (param: string) => workbox.ignoreURLParametersMatching.some((re) => re.test(param))

describe('serviceWorker', () => {
  it('treats the app’s URL parameters as one page but keeps sw-probe going to the network', () => {
    expect(['view', 'sector', 'status', 'sw-probe-x'].every(ignored)).toBe(true)
    expect(ignored('sw-probe')).toBe(false)
  })

  it('has no navigation fallback and waits for the user before a new build takes over', () => {
    expect(workbox.navigateFallback).toBeNull()
    expect(workbox.skipWaiting).toBe(false)
    expect(serviceWorkerOptions.registerType).toBe('prompt')
  })

  it('skips cache-busting only for hashed files under /assets/', () => {
    expect(workbox.dontCacheBustURLsMatching.test('/app/assets/index-a1.js')).toBe(true)
    expect(workbox.dontCacheBustURLsMatching.test('/app/index.html')).toBe(false)
    expect(workbox.globIgnores).toEqual(expect.arrayContaining(['sw.js', 'workbox-*.js']))
  })

  it('is vite-plugin-pwa, writing sw.js', () => {
    const plugins = [serviceWorker()].flat(3) as { name?: string }[]
    expect(plugins.map((p) => p.name)).toContain('vite-plugin-pwa')
    expect(serviceWorkerOptions.filename).toBe('sw.js')
  })
})
