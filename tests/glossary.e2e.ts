// In real Chromium the glossary drawer traps focus, closes on Esc back to its opener, and ?term= survives a reload.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser()
})
afterAll(async () => {
  await s.context.close()
})

const drawer = () => s.page.getByRole('dialog', { name: '名词解释' })
const focusInside = () =>
  s.page.evaluate(() => {
    const active = document.activeElement
    return !active || active === document.body
      ? 'none'
      : active.closest('dialog[open]')
        ? 'inside'
        : 'outside'
  })

it('opens from the header, keeps Tab inside, searches, and Esc gives focus back to the button', async () => {
  await s.page.goto(baseURL())
  const button = s.page.getByRole('button', { name: '名词解释' })
  await button.click()
  await drawer().waitFor()
  await expect(drawer().getByRole('listitem').count()).resolves.toBe(39)
  for (let i = 0; i < 45; i++) {
    await s.page.keyboard.press('Tab')
    expect(await focusInside()).not.toBe('outside')
  }
  await drawer().getByRole('searchbox', { name: '搜索名词' }).fill('酥脆枣')
  await expect
    .poll(() => drawer().getByRole('listitem').allTextContents())
    .toEqual([expect.stringContaining('3.五个十万')])
  // The search box's own Esc empties it first; the next Esc closes the drawer.
  await s.page.keyboard.press('Escape')
  await expect.poll(() => drawer().getByRole('listitem').count()).toBe(39)
  await s.page.keyboard.press('Escape')
  await drawer().waitFor({ state: 'hidden' })
  await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true)
  expect(new URL(s.page.url()).search).toBe('')
  expect(s.problems).toEqual([])
})

it('opens a shared ?term= link at that term, keeps it on reload, and clears it on 关闭', async () => {
  await s.page.goto(`${baseURL()}?term=${encodeURIComponent('三品一特')}`)
  const current = drawer().locator('li[aria-current="true"]')
  await current.waitFor()
  await expect(current.textContent()).resolves.toContain('38.三品一特')
  await s.page.reload()
  await current.waitFor()
  await expect(current.textContent()).resolves.toContain('38.三品一特')
  // Scrolled to: the 38th of 39 entries is inside the visible part of the drawer.
  await expect(
    current.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight),
  ).resolves.toBe(true)
  await s.page.screenshot({ path: join(artifacts, 'glossary-drawer-1440.png') })

  await drawer().getByRole('link', { name: '五好园区' }).click()
  expect(new URL(s.page.url()).searchParams.get('term')).toBe('五好园区')
  await expect(current.textContent()).resolves.toContain('22.五好园区')

  await drawer().getByRole('button', { name: '关闭' }).click()
  await drawer().waitFor({ state: 'hidden' })
  await expect.poll(() => new URL(s.page.url()).search).toBe('')
  expect(s.problems).toEqual([])
})

it('opens a term from a task on the dashboard; a reload keeps it; Esc returns to the link', async () => {
  await s.page.goto(baseURL())
  const link = s.page.getByRole('main').getByRole('link', { name: '四馆一院' })
  await link.click()
  const current = drawer().locator('li[aria-current="true"]')
  await expect(current.textContent()).resolves.toContain('35.四馆一院')
  expect(new URL(s.page.url()).searchParams.get('term')).toBe('四馆一院')
  await s.page.reload()
  await expect(current.textContent()).resolves.toContain('35.四馆一院')
  await drawer().getByRole('button', { name: '关闭' }).click()
  await drawer().waitFor({ state: 'hidden' })
  await link.click()
  await current.waitFor()
  await s.page.keyboard.press('Escape')
  await drawer().waitFor({ state: 'hidden' })
  await expect(link.evaluate((a) => a === document.activeElement)).resolves.toBe(true)
  expect(s.problems).toEqual([])
})

it('shows a polite message for an unknown term', async () => {
  await s.page.goto(`${baseURL()}?term=${encodeURIComponent('不存在')}`)
  await drawer().getByRole('status').filter({ hasText: '没有找到名词“不存在”' }).waitFor()
  await expect(drawer().getByRole('listitem').count()).resolves.toBe(39)
  expect(s.problems).toEqual([])
})

it('covers the whole screen on a phone', async () => {
  for (const [width, height] of [
    [360, 740],
    [390, 844],
  ] as const) {
    await s.page.setViewportSize({ width, height })
    await s.page.goto(`${baseURL()}?term=${encodeURIComponent('两不愁三保障')}`)
    await drawer().locator('li[aria-current="true"]').waitFor()
    await expect(drawer().boundingBox()).resolves.toEqual({ x: 0, y: 0, width, height })
  }
  await s.page.screenshot({ path: join(artifacts, 'glossary-drawer-390.png') })
  await s.page.setViewportSize({ width: 1440, height: 900 })
  expect(s.problems).toEqual([])
})

const source = () => s.page.getByRole('dialog', { name: '原文' })

it('opens the 原文 view of a real target with its quote marked and the figure emphasised', async () => {
  await s.page.goto(`${baseURL()}?source=gdp-growth-2023`)
  const mark = source().locator('mark')
  await expect(mark.textContent()).resolves.toBe('地区生产总值增长7.5%左右')
  await expect(mark.locator('strong').textContent()).resolves.toBe('7.5')
  await source().getByText('二、2023年工作安排').waitFor()
  await s.page.screenshot({ path: join(artifacts, 'source-view-1440.png') })
  await source().getByRole('button', { name: '下一段' }).click()
  await source().getByText('完成上述目标，我们要重点做好以下七个方面工作：').waitFor()
  await s.page.keyboard.press('Escape')
  await source().waitFor({ state: 'hidden' })
  await expect.poll(() => new URL(s.page.url()).search).toBe('')
  expect(s.problems).toEqual([])
})

it('opens a term from a link in the 原文 view, above it, and a reload keeps both', async () => {
  await s.page.goto(`${baseURL()}?source=task-four-venues-one-theatre`)
  const link = source().locator('mark').getByRole('link', { name: '四馆一院' })
  await link.click()
  const current = drawer().locator('li[aria-current="true"]')
  await expect(current.textContent()).resolves.toContain('35.四馆一院')
  const url = new URL(s.page.url())
  expect([url.searchParams.get('passage'), url.searchParams.get('term')]).toEqual([
    'task-four-venues-one-theatre',
    '四馆一院',
  ])
  await s.page.reload()
  await expect(current.textContent()).resolves.toContain('35.四馆一院')
  // The drawer is the top modal: 关闭 closes it alone. (Esc right after a reload would close both:
  // Chromium groups dialogs opened without a user gesture into one close request.)
  await drawer().getByRole('button', { name: '关闭' }).click()
  await drawer().waitFor({ state: 'hidden' })
  await source().waitFor()
  await expect.poll(() => new URL(s.page.url()).searchParams.get('term')).toBeNull()
  // Opened by a click, Esc closes the drawer only and hands focus back to the link it came from.
  await link.click()
  await current.waitFor()
  await s.page.keyboard.press('Escape')
  await drawer().waitFor({ state: 'hidden' })
  await expect(link.evaluate((a) => a === document.activeElement)).resolves.toBe(true)
  await source().waitFor()
  expect(s.problems).toEqual([])
})

it('fits the 原文 view on a phone', async () => {
  await s.page.setViewportSize({ width: 390, height: 844 })
  await s.page.goto(`${baseURL()}?source=new-rural-roads-2023`)
  await source().locator('mark').waitFor()
  await expect(source().boundingBox()).resolves.toEqual({ x: 0, y: 0, width: 390, height: 844 })
  await s.page.screenshot({ path: join(artifacts, 'source-view-390.png') })
  await s.page.setViewportSize({ width: 1440, height: 900 })
  expect(s.problems).toEqual([])
})
