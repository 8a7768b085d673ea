// A filter chip clicked while the page is still loading (prerendered HTML, no script yet) is applied once the app is live.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'
import { holdEntryChunk, openPrerendered } from './hold-app'

const panelIds = (page: Page) =>
  page.locator('section[id^="sector-"]:visible').evaluateAll((els) => els.map((e) => e.id))

// The chip itself (its label), not the overview's link to the panel with the same name.
const chip = (page: Page, name: string) => page.getByRole('search').locator('label', { hasText: name })

let s: Session
beforeEach(async () => {
  s = await openBrowser()
})
afterEach(async () => {
  await s.context.close()
})

it('applies a sector chip clicked before the app is live', async () => {
  const entry = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  await chip(s.page, '乡村振兴').click()
  // Still the prerendered page: the script is held, no sector panel is drawn yet, and the click is in the URL.
  expect(entry.wasHeld()).toBe(true)
  await expect(s.page.locator('section[id^="sector-"]').count()).resolves.toBe(0)
  expect(new URL(s.page.url()).searchParams.get('sector')).toBe('rural')
  const headline = await s.page.locator('[elementtiming="headline"]').elementHandle()

  entry.release()
  await s.page.locator('#sector-rural').waitFor()
  await expect(panelIds(s.page)).resolves.toEqual(['sector-rural'])
  // Hydrated, not redrawn: the figure painted with the HTML is the very element the live app shows.
  await expect(headline.evaluate((el) => el.isConnected)).resolves.toBe(true)
  await expect(s.page.getByRole('checkbox', { name: '乡村振兴' }).isChecked()).resolves.toBe(true)
  await expect(s.page.getByRole('checkbox', { name: '产业发展' }).isChecked()).resolves.toBe(false)
  expect(new URL(s.page.url()).searchParams.get('sector')).toBe('rural')
  await s.page.screenshot({ path: join(artifacts, 'perf-early-click-1440.png') })
  expect(s.problems).toEqual([])
})

it('keeps a second early click and an unclick the way the app would toggle them', async () => {
  const entry = await holdEntryChunk(s.page)
  await openPrerendered(s.page, `${baseURL()}?sector=industry`)
  // The prerendered page shows no chip checked; the link's sector=industry stays, and rural joins it in option order.
  await chip(s.page, '乡村振兴').click()
  await chip(s.page, '绿色安全').click()
  await chip(s.page, '绿色安全').click()
  expect(entry.wasHeld()).toBe(true)
  expect(new URL(s.page.url()).searchParams.get('sector')).toBe('industry,rural')

  entry.release()
  await s.page.locator('#sector-rural').waitFor()
  await expect(panelIds(s.page)).resolves.toEqual(['sector-industry', 'sector-rural'])
  // Back undoes the early clicks one by one, as it does for clicks in the live app.
  await s.page.goBack()
  await s.page.goBack()
  await s.page.goBack()
  await s.page.waitForURL(/\?sector=industry$/)
  // The panels may still be mounting one by one (sector-panels.tsx): the filter reaches them a task later.
  await expect.poll(() => panelIds(s.page)).toEqual(['sector-industry'])
  expect(s.problems).toEqual([])
})

it('hydrates the prerendered styles as the app renders them: a status count pressed after load shows its border', async () => {
  await s.page.goto(baseURL())
  await s.page.locator('#root[data-live]').waitFor({ state: 'attached' })
  const count = s.page.getByRole('group', { name: '按状态统计与筛选' }).getByRole('button').first()
  await count.click()
  await expect(count.getAttribute('aria-pressed')).resolves.toBe('true')
  // The prerender turned style="…" into classes (CSP); left on the live page, their !important rules would win.
  await expect(count.evaluate((el) => getComputedStyle(el).borderTopColor)).resolves.not.toBe(
    'rgba(0, 0, 0, 0)',
  )
  await expect(s.page.locator('#root [class*="qd-s"]').count()).resolves.toBe(0)
  expect(s.problems).toEqual([])
})

it('fetches the app only once the prerendered headline is on screen, and still goes live', async () => {
  await s.page.goto(baseURL())
  await s.page.getByRole('checkbox', { name: '乡村振兴' }).waitFor()
  await s.page.waitForFunction(() =>
    Object.keys(document.querySelector('input[data-url-param="sector"]') ?? {}).some((k) =>
      k.startsWith('__reactProps$'),
    ),
  )
  // Fetched (and compiled) while the page parsed, the app's chunks delayed the first frame: the main chunk is
  // requested after the first contentful paint, which the browser reports once that frame is presented.
  const { paint, app } = await s.page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    app: performance.getEntriesByType('resource').find((r) => /\/assets\/main-[^/]+\.js$/.test(r.name))
      ?.startTime,
  }))
  expect(paint).toBeGreaterThan(0)
  expect(app).toBeGreaterThanOrEqual(paint)
  await expect(s.page.locator('link[rel="modulepreload"][href*="/main-"]').count()).resolves.toBe(1)
  expect(s.problems).toEqual([])
})
