import { fileURLToPath } from 'node:url'

// The @/ import prefix, shared by the app build, the server build and the build-time prerender.
export const alias = { '@': fileURLToPath(new URL('..', import.meta.url)) }
