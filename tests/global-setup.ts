import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    profiles: string
  }
}

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

// Serves the built app (dist/) on a free loopback port for the duration of the browser tests, and holds their browser
// profiles in one folder, removed once every browser is gone (Chromium still writes to a profile as it closes).
export default async function setup(project: TestProject) {
  const port = await freePort()
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' })
  project.provide('baseURL', `http://127.0.0.1:${port}/`)
  const profiles = mkdtempSync(join(tmpdir(), 'qd-profiles-'))
  project.provide('profiles', profiles)
  return async () => {
    await new Promise<void>((resolve) => {
      server.httpServer.close(() => {
        resolve()
      })
    })
    rmSync(profiles, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
}
