// Whatever a user does on the prerendered page before the app is live (a button, a tab, typing, a select, a link) takes
// effect once it is, once, with focus where the user put it.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'
import { holdEntryChunk, openPrerendered } from './hold-app'

let s: Session
beforeEach(async () => {
  s = await openBrowser()
})
afterEach(async () => {
  await s.context.close()
})

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return el?.getAttribute('aria-label') ?? el?.textContent.trim() ?? ''
  })
// A full page load would lose this mark: an early click must not reload the page.
const markPage = (page: Page) =>
  page.evaluate(() => {
    Object.assign(window, { samePage: true })
  })
const samePage = (page: Page) => page.evaluate(() => 'samePage' in window)

it('opens 名词解释 clicked before the app is live, and Esc gives focus back to the button', async () => {
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  const button = s.page.getByRole('button', { name: '名词解释' })
  await button.click()
  expect(app.wasHeld()).toBe(true)
  await expect(s.page.locator('dialog[open]').count()).resolves.toBe(0)

  app.release()
  const drawer = s.page.getByRole('dialog', { name: '名词解释' })
  await drawer.waitFor()
  await expect(drawer.getByRole('listitem').count()).resolves.toBe(39)
  await s.page.screenshot({ path: join(artifacts, 'early-glossary-1440.png') })
  await s.page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
  await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true)
  // Opened once: closing it leaves it closed.
  await s.page.waitForTimeout(300)
  await expect(s.page.locator('dialog[open]').count()).resolves.toBe(0)
  expect(s.problems).toEqual([])
})

it('lands in the view whose tab was clicked before the app is live, without loading the page again', async () => {
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  await markPage(s.page)
  const tab = s.page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '进度监测' })
  await tab.click()
  // Held: the link does not navigate by itself while the app is not there to follow it.
  expect(new URL(s.page.url()).search).toBe('')

  app.release()
  await s.page.waitForURL(/\?view=progress$/)
  await expect(tab.getAttribute('aria-current')).resolves.toBe('page')
  const heading = s.page.getByRole('heading', { level: 2, name: '2023年目标进度监测' })
  await heading.waitFor()
  await expect(samePage(s.page)).resolves.toBe(true)
  // One history entry, as a click in the live app makes.
  await s.page.goBack()
  await s.page.waitForURL((url) => url.search === '')
  await heading.waitFor({ state: 'detached' })
  expect(s.problems).toEqual([])
})

it('applies what was typed into the search box before the app is live, and keeps typing there', async () => {
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  const search = s.page.getByRole('searchbox', { name: '搜索指标' })
  await search.click()
  await s.page.keyboard.type('农田')
  expect(app.wasHeld()).toBe(true)

  app.release()
  await s.page.waitForURL(/q=%E5%86%9C%E7%94%B0/)
  const note = s.page.getByText('已筛选：').locator('..')
  await expect(note.textContent()).resolves.toContain('搜索“农田”')
  await expect(search.inputValue()).resolves.toBe('农田')
  await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
  // The caret stayed at the end: typing on adds to the word.
  await s.page.keyboard.type('建设')
  await s.page.waitForURL(/q=%E5%86%9C%E7%94%B0%E5%BB%BA%E8%AE%BE/)
  await expect(search.inputValue()).resolves.toBe('农田建设')
  await s.page.screenshot({ path: join(artifacts, 'early-search-1440.png') })
  expect(s.problems).toEqual([])
})

it('copies the link with 复制链接 clicked before the app is live', async () => {
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() })
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, `${baseURL()}?sector=rural`)
  await s.page.getByRole('button', { name: '复制链接' }).click()
  expect(app.wasHeld()).toBe(true)

  app.release()
  await s.page.getByRole('button', { name: '已复制' }).waitFor()
  await expect(s.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
    `${baseURL()}?sector=rural`,
  )
  await expect(focused(s.page)).resolves.toContain('已复制')
  expect(s.problems).toEqual([])
})

it('keeps a 本期 chosen, a status count pressed and a sector link followed before the app is live', async () => {
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  await markPage(s.page)
  await s.page.getByLabel('本期').selectOption('2023-06')
  const unreported = s.page
    .getByRole('group', { name: '按状态统计与筛选' })
    .getByRole('button', { name: /未报送/ })
  await unreported.click()
  await s.page.locator('a[href="#sector-rural"]').click()
  expect(app.wasHeld()).toBe(true)

  app.release()
  await s.page.waitForURL(/period=2023-06/)
  await expect(s.page.getByLabel('本期').inputValue()).resolves.toBe('2023-06')
  await expect.poll(() => unreported.getAttribute('aria-pressed')).toBe('true')
  expect(new URL(s.page.url()).searchParams.get('status')).toBe('unreported')
  await expect.poll(() => new URL(s.page.url()).hash).toBe('#sector-rural')
  await expect(samePage(s.page)).resolves.toBe(true)
  expect(s.problems).toEqual([])
})

it('does the same when the app draws its own page instead of hydrating (today’s 本期 differs from the build’s)', async () => {
  // In June 2023 the default 本期 is not the prerendered 2023年12月: the app replaces the page with its own.
  await s.page.clock.setFixedTime(new Date('2023-06-20T10:00:00+08:00'))
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  const headline = await s.page.locator('[elementtiming="headline"]').elementHandle()
  await s.page.getByRole('searchbox', { name: '搜索指标' }).click()
  await s.page.keyboard.type('农田')
  await s.page.getByRole('button', { name: '名词解释' }).click()
  expect(app.wasHeld()).toBe(true)

  app.release()
  const drawer = s.page.getByRole('dialog', { name: '名词解释' })
  await drawer.waitFor()
  await expect(headline.evaluate((el) => el.isConnected)).resolves.toBe(false)
  await s.page.waitForURL(/q=%E5%86%9C%E7%94%B0/)
  await s.page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
  // Focus goes back to the 名词解释 button of the page the app drew.
  await expect(focused(s.page)).resolves.toBe('名词解释')
  await expect(s.page.getByRole('searchbox', { name: '搜索指标' }).inputValue()).resolves.toBe('农田')
  expect(s.problems).toEqual([])
})

it('opens the 原文 of a headline figure tapped on a phone before the app is live', async () => {
  const phone = await openBrowser({ width: 390, height: 844 })
  try {
    const app = await holdEntryChunk(phone.page)
    await openPrerendered(phone.page, baseURL())
    await phone.page.getByRole('button', { name: '原文：地区生产总值增速（2023年目标）' }).click()
    expect(app.wasHeld()).toBe(true)

    app.release()
    const passage = phone.page.getByRole('dialog', { name: '原文' })
    await passage.locator('mark').waitFor()
    await expect(passage.locator('mark').textContent()).resolves.toContain('地区生产总值增长7.5%左右')
    expect(new URL(phone.page.url()).searchParams.get('passage')).toBe('gdp-growth-2023')
    await phone.page.screenshot({ path: join(artifacts, 'early-passage-390.png') })
    expect(phone.problems).toEqual([])
  } finally {
    await phone.context.close()
  }
})

it('opens 状态规则说明 pressed before the app is live, whose panel loads only then', async () => {
  const app = await holdEntryChunk(s.page)
  await openPrerendered(s.page, baseURL())
  const help = s.page.getByRole('button', { name: '状态规则说明' })
  await help.click()
  expect(app.wasHeld()).toBe(true)

  app.release()
  await expect.poll(() => help.getAttribute('aria-expanded')).toBe('true')
  await expect(help.evaluate((b) => b === document.activeElement)).resolves.toBe(true)
  expect(s.problems).toEqual([])
})
