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
  expect(new URL(s.page.url()).search).toBe('')
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
