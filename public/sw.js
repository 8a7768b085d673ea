// Offline after the first visit: precaches the built site and serves it cache-first. The build (precache plugin in
// vite.config.ts) fills in the placeholder below with the emitted files and a content hash; a new hash, a new cache.
const manifest = self.__PRECACHE__
const prefix = 'qidong-targets-'
const cacheName = prefix + manifest.version
const scope = self.registration.scope
const index = new URL('index.html', scope).href
const precached = new Set(manifest.files.map((file) => new URL(file, scope).href))

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      cache.addAll(
        // Hashed assets may come from the HTTP cache (their name is their content); the rest is revalidated.
        [...precached].map(
          (url) => new Request(url, { cache: url.includes('/assets/') ? 'default' : 'no-cache' }),
        ),
      ),
    ),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(prefix) && k !== cacheName).map((k) => caches.delete(k))),
      ),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  // Any page of the app (whatever its ?query) is the one index.html.
  const url = request.mode === 'navigate' ? index : request.url.split(/[?#]/)[0]
  if (!precached.has(url)) return
  event.respondWith(
    caches
      .open(cacheName)
      .then((cache) => cache.match(url))
      .then((hit) => hit ?? fetch(request)),
  )
})
