// A newcomer finds the search on the first screen, shares a link that says how it is filtered, exports
// slide-sized images, and meets defaults that do not invite mistakes.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

const shot = (name: string) => join(artifacts, `polish-${name}.png`)

// True when the element is fully inside the window as it is now, and not covered by anything else.
const onScreen = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel)
    if (!el) return false
    const r = el.getBoundingClientRect()
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    return inside && r.width > 0 && (top === el || el.contains(top))
  }, selector)

describe.each([
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
])('find and share at $name px', ({ name, width, height }) => {
  let s: Session
  beforeAll(async () => {
    s = await openBrowser({ width, height })
  })
  afterAll(async () => {
    await s.context.close()
  })

  it('shows 搜索指标 on the first screen and keeps it there while scrolling', async () => {
    await s.page.goto(baseURL())
    const search = s.page.getByRole('searchbox', { name: '搜索指标' })
    await search.waitFor()
    await expect(onScreen(s.page, 'input[type="search"]')).resolves.toBe(true)
    await s.page.screenshot({ path: shot(`search-top-${name}`) })
    await s.page.mouse.wheel(0, 3000)
    await s.page.waitForFunction(() => window.scrollY > 2000)
    await expect(onScreen(s.page, 'input[type="search"]')).resolves.toBe(true)
    // Typing and Enter narrow the panels and bring the results into view.
    await search.fill('农田')
    await search.press('Enter')
    await s.page.waitForURL(/q=%E5%86%9C%E7%94%B0/)
    await expect(onScreen(s.page, '#sectors-title')).resolves.toBe(true)
    await expect(s.page.getByText('已筛选：').locator('..').textContent()).resolves.toContain('搜索“农田”')
    await s.page.screenshot({ path: shot(`search-results-${name}`) })
    expect(s.problems).toEqual([])
  })

  it('opens a shared filtered link with 已筛选 at the top, and 清除 shows everything again', async () => {
    await s.page.goto(`${baseURL()}?sector=rural,livelihood`)
    const note = s.page.getByText('已筛选：').locator('..')
    await note.waitFor()
    await expect(note.textContent()).resolves.toBe('已筛选：乡村振兴、民生保障')
    await expect(onScreen(s.page, '[data-filter-note]')).resolves.toBe(true)
    await s.page.screenshot({ path: shot(`filtered-${name}`) })
    await s.page.getByRole('button', { name: '清除全部筛选' }).click()
    await s.page.waitForURL((url) => url.search === '')
    await expect(s.page.getByText('已筛选：').count()).resolves.toBe(0)
    await expect(s.page.locator('section[id^="sector-"]:visible').count()).resolves.toBeGreaterThanOrEqual(7)
    expect(s.problems).toEqual([])
  })
})

describe('复制链接', () => {
  it('copies the address of the view and shows 已复制', async () => {
    const s = await openBrowser()
    try {
      await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() })
      await s.page.goto(`${baseURL()}?view=progress&status=behind`)
      await expect(s.page.getByText('已筛选：').locator('..').textContent()).resolves.toBe('已筛选：欠进度')
      await s.page.getByRole('button', { name: '复制链接' }).click()
      await s.page.getByRole('button', { name: '已复制' }).waitFor()
      await s.page.screenshot({ path: shot('copied') })
      const copied = await s.page.evaluate(() => navigator.clipboard.readText())
      expect(copied).toBe(`${baseURL()}?view=progress&status=behind`)
      expect(s.problems).toEqual([])
    } finally {
      await s.context.close()
    }
  })

  it('shows the link selected to copy by hand where the clipboard is unavailable', async () => {
    const s = await openBrowser({ width: 390, height: 844 })
    try {
      await s.page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined })
      })
      await s.page.goto(`${baseURL()}?sector=rural`)
      await s.page.getByRole('button', { name: '复制链接' }).click()
      await expect(s.page.getByRole('alert').textContent()).resolves.toContain('无法自动复制')
      const field = s.page.getByRole('textbox', { name: '本页链接' })
      await expect(field.inputValue()).resolves.toBe(`${baseURL()}?sector=rural`)
      const selected = await field.evaluate((el: HTMLInputElement) =>
        el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
      )
      expect(selected).toBe(`${baseURL()}?sector=rural`)
      await s.page.screenshot({ path: shot('copy-fallback-390') })
      expect(s.problems).toEqual([])
    } finally {
      await s.context.close()
    }
  })
})
