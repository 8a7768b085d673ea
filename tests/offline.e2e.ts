// The built site works from a sub-path of any host, and after one visit it keeps working with no network at all.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, drawnChart, fullPage, openBrowser, type Session } from './browser'
import { serveStatic, type StaticServer } from './static-server'

const dist = join(import.meta.dirname, '..', 'dist')
let server: StaticServer
let s: Session
beforeAll(async () => {
  server = await serveStatic({ '/county/targets/': dist })
  s = await openBrowser()
})
afterAll(async () => {
  await s.context.close()
  await server.close()
})

async function expectAppWorks() {
  const { page } = s
  await page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
  // The meta line comes from the dataset's JSON file; charts from their lazy chunks.
  await page.getByText('县第十八届人大三次会议').first().waitFor()
  await page.locator(drawnChart()).first().waitFor()
  // The report text is a lazy chunk of its own.
  await page.getByRole('button', { name: '原文：地区生产总值增速（2023年目标）' }).first().click()
  const source = page.getByRole('dialog', { name: '原文' })
  await expect(source.locator('mark').textContent()).resolves.toBe('地区生产总值增长7.5%左右')
  await page.keyboard.press('Escape')
  await source.waitFor({ state: 'hidden' })
}

it('loads every asset and the dataset file from a sub-path', async () => {
  await s.page.goto(`${server.origin}/county/targets/`)
  await expectAppWorks()
  const scripts = await s.page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  )
  expect(scripts.some((p) => /^\/county\/targets\/assets\/qidong-2023-[\w-]+\.json$/.test(p))).toBe(true)
  expect(scripts.filter((p) => !p.startsWith('/county/targets/'))).toEqual([])
  expect(s.problems).toEqual([])
})

it('after the first visit, reloads and works with the network gone', async () => {
  const cached = await s.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    // The service worker is active only once its install step has cached every file.
    const keys = await caches.keys()
    const cache = await caches.open(keys[0]!)
    return {
      scope: registration.scope,
      keys,
      entries: (await cache.keys()).map((r) => new URL(r.url).pathname),
    }
  })
  expect(cached.scope).toBe(`${server.origin}/county/targets/`)
  expect(cached.keys).toHaveLength(1)
  expect(cached.entries).toContain('/county/targets/index.html')
  expect(cached.entries.some((p) => /\/assets\/qidong-2023-[\w-]+\.json$/.test(p))).toBe(true)

  await server.close()
  await s.context.setOffline(true)
  await s.page.reload()
  await expectAppWorks()
  await s.page.screenshot({ path: join(artifacts, 'offline-1440.png'), ...fullPage })
  expect(s.problems).toEqual([])
})
