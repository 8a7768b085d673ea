// Why browser storage is IndexedDB: a county's year of entries with narratives, 通报 and 督办单 does not fit
// comfortably in Chromium's localStorage. Measures both and writes the figures to artifacts/storage-size.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, openBrowser, type Session } from './browser'
import { countyYear, maximumLengths, storedYear, typicalLengths, type Lengths } from './fixtures/county-year'
import { serveStatic, type StaticServer } from './static-server'

const dir = mkdtempSync(join(tmpdir(), 'qd-blank-'))
let server: StaticServer
let s: Session
beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>blank</title><link rel="icon" href="data:,">')
  server = await serveStatic({ '/': dir })
  s = await openBrowser()
  await s.page.goto(`${server.origin}/`)
})
afterAll(async () => {
  await s.context.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

/** localStorage's room for one origin, in characters (key + value), found by halving */
const localStorageRoom = () =>
  s.page.evaluate(() => {
    const probe = (ch: string) => {
      let [lo, hi] = [0, 20_000_000]
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2)
        try {
          localStorage.setItem('q', ch.repeat(mid))
          lo = mid
        } catch {
          hi = mid
        }
        localStorage.clear()
      }
      return lo + 1 // + the key
    }
    return { ascii: probe('a'), chinese: probe('进') }
  })

function sizes(lengths: Lengths) {
  const year = countyYear(lengths)
  const stored = storedYear(year)
  const byKey = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.length]))
  const counts = { items: year.items, entries: year.entries.length, bulletins: year.bulletins.length }
  return {
    lengths,
    counts,
    notices: year.notices.length,
    byKey,
    total: Object.values(byKey).reduce((a, b) => a + b),
  }
}

it('a county’s year takes more than half of localStorage (typical narratives) or more than all of it (longest)', async () => {
  const room = await localStorageRoom()
  const typical = sizes(typicalLengths)
  const longest = sizes(maximumLengths)
  const figures = {
    room,
    typical,
    longest,
    typicalShare: typical.total / room.chinese,
    longestShare: longest.total / room.chinese,
  }
  writeFileSync(join(artifacts, 'storage-size.json'), JSON.stringify(figures, null, 2))
  console.log(JSON.stringify(figures, null, 2))
  expect(room.chinese).toBe(room.ascii) // Chromium counts characters, whatever the script
  expect(figures.typicalShare).toBeGreaterThan(0.5)
  expect(figures.longestShare).toBeGreaterThan(1)
}, 60_000)
