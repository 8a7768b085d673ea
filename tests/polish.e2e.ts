// A newcomer finds the search on the first screen, shares a link that says how it is filtered, exports
// slide-sized images, and meets defaults that do not invite mistakes.
import { readFile } from 'node:fs/promises'
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

describe('defaults that do not invite mistakes', () => {
  it('asks for 截至月份 and 口径 on an empty store instead of assuming 1—12月 and 预计', async () => {
    const s = await openBrowser({ width: 390, height: 844 })
    try {
      await s.page.goto(`${baseURL()}?view=progress`)
      await s.page.getByRole('button', { name: '录入进度：新建高标准农田' }).click()
      const form = s.page.locator('[data-progress-item="high-standard-farmland-2023"]')
      await expect(form.getByLabel('截至月份').inputValue()).resolves.toBe('')
      await expect(form.getByRole('radio', { name: '预计' }).isChecked()).resolves.toBe(false)
      await expect(form.getByRole('radio', { name: '正式' }).isChecked()).resolves.toBe(false)
      await form.getByLabel('数值（万亩）').fill('2')
      await form.getByRole('button', { name: '保存记录' }).click()
      await form.getByText('请选择截至月份').waitFor()
      await form.getByText('请选择口径：预计或正式').waitFor()
      await form.scrollIntoViewIfNeeded()
      await s.page.screenshot({ path: shot('entry-defaults-390') })
      // With 本期 chosen, the form starts there.
      await s.page.goto(`${baseURL()}?view=progress&period=2023-06`)
      await s.page.getByRole('button', { name: '录入进度：新建高标准农田' }).click()
      await expect(form.getByLabel('截至月份').inputValue()).resolves.toBe('2023-06')
      expect(s.problems).toEqual([])
    } finally {
      await s.context.close()
    }
  })

  it('restores the settings of a JSON backup in a fresh browser', async () => {
    const a = await openBrowser()
    let backup: Buffer
    try {
      await a.page.goto(`${baseURL()}?view=progress`)
      await a.page.getByLabel('序时进度容差（百分点）').fill('3')
      await a.page.getByLabel('报送截止日').selectOption({ label: '每月20日' })
      const [file] = await Promise.all([
        a.page.waitForEvent('download'),
        a.page.getByRole('button', { name: '导出 JSON（完整备份）' }).click(),
      ])
      backup = await readFile(await file.path())
      expect(JSON.parse(backup.toString('utf8'))).toMatchObject({ settings: { tolerancePp: 3, dueDay: 20 } })
    } finally {
      await a.context.close()
    }
    const b = await openBrowser()
    try {
      await b.page.goto(`${baseURL()}?view=progress`)
      await b.page
        .getByLabel('导入 JSON 或 CSV 文件')
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup })
      const dialog = b.page.getByRole('dialog')
      await dialog.getByText('序时进度容差：5 → 3 个百分点').waitFor()
      await dialog.getByText('报送截止日：每月25日 → 每月20日').waitFor()
      await b.page.screenshot({ path: shot('restore-preview') })
      await dialog.getByRole('button', { name: '确认导入' }).click()
      await expect(b.page.getByLabel('序时进度容差（百分点）').inputValue()).resolves.toBe('3')
      await b.page.reload()
      await expect(b.page.getByLabel('报送截止日').inputValue()).resolves.toBe('20')
      expect(b.problems).toEqual([])
    } finally {
      await b.context.close()
    }
  })
})
