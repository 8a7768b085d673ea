// A sector filter is a link: it survives a reload, back undoes it; the page fits 1440 and 390 wide without clipping.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, baseURL, fullPage, openBrowser, type Session } from './browser'

// The six 主要预期目标 as the report words them (line 31 of the report).
const headlines = [
  ['地区生产总值增速', '7.5%左右'],
  ['规模工业增加值增速', '8.5%左右'],
  ['固定资产投资增速', '9.5%'],
  ['社会消费品零售总额增速', '8%左右'],
  ['地方一般公共预算收入增速', '6%'],
  ['全体居民人均可支配收入增速', '7.5%左右'],
] as const

const panelIds = (page: Page) =>
  page.locator('section[id^="sector-"]:visible').evaluateAll((els) => els.map((e) => e.id))

// Text that spills out of its card or off the page, and headline cards drawn over each other.
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = []
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > width)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`)
    const cards = [...document.querySelectorAll('article')]
    for (const card of cards) {
      const box = card.getBoundingClientRect()
      for (const el of card.querySelectorAll('h3, span, dt, dd, button')) {
        const r = el.getBoundingClientRect()
        if (r.right > box.right + 0.5 || r.left < box.left - 0.5) problems.push(`clipped: ${el.textContent}`)
      }
    }
    cards.forEach((a, i) => {
      for (const b of cards.slice(i + 1)) {
        const p = a.getBoundingClientRect()
        const q = b.getBoundingClientRect()
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
          problems.push(`cards overlap: ${a.textContent} / ${b.textContent}`)
      }
    })
    return problems
  })
}

describe.each([
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
])('dashboard at $name px', ({ name, width, height }) => {
  let s: Session
  beforeAll(async () => {
    s = await openBrowser({ width, height })
  })
  afterAll(async () => {
    await s.context.close()
  })

  it('shows the headline targets first, and every chart once its chunk has loaded', async () => {
    await s.page.goto(baseURL())
    const headline = s.page.getByRole('region', { name: '2023年主要预期目标' })
    await headline.waitFor()
    await expect(headline.getByRole('article').count()).resolves.toBe(6)
    for (const [name, figure] of headlines) {
      await expect(headline.getByRole('article', { name }).textContent()).resolves.toContain(figure)
    }
    // The sector panels mount in a pass after the prerendered page comes alive (dashboard.tsx).
    await s.page.locator('section[id^="sector-"]').first().waitFor()
    await s.page.waitForFunction(() => !document.body.textContent.includes('正在加载图表…'))
    // A chart draws once ChartFrame has measured its width: a moment after its chunk arrives, longer on a loaded
    // machine. Every frame must get its chart.
    const undrawn = () =>
      [...document.querySelectorAll('[data-chart-frame]')]
        .filter((f) => !f.querySelector('[data-chart-body] svg'))
        .map((f) => f.id)
    await expect.poll(() => s.page.evaluate(undrawn), { timeout: 10_000 }).toEqual([])
    expect(await s.page.locator('[data-chart-frame]').count()).toBeGreaterThan(1)
    await s.page.screenshot({ path: join(artifacts, `dashboard-${name}.png`) })
    await s.page.screenshot({ path: join(artifacts, `dashboard-${name}-full.png`), ...fullPage })
    await expect(layoutProblems(s.page)).resolves.toEqual([])
    expect(s.problems).toEqual([])
  })

  it('filters by a sector from the keyboard, keeps it after reload, and back restores all panels', async () => {
    const all = await panelIds(s.page)
    expect(all.length).toBeGreaterThanOrEqual(7)
    // The filters follow the section's 导出全部 in tab order (the search box is in the view bar at the top).
    await s.page.getByRole('button', { name: '导出全部' }).focus()
    await s.page.keyboard.press('Tab')
    const first = s.page.getByRole('group', { name: '按领域筛选' }).getByRole('checkbox').first()
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    const rural = s.page
      .getByRole('group', { name: '按领域筛选' })
      .getByRole('checkbox', { name: '乡村振兴' })
    await rural.focus()
    await s.page.keyboard.press('Space')
    await s.page.waitForURL(/\?sector=rural$/)
    // The chip and the URL change in the press's frame; the panels follow in a deferred pass (sector-panels.tsx).
    await expect.poll(() => panelIds(s.page)).toEqual(['sector-rural'])
    await s.page.screenshot({ path: join(artifacts, `dashboard-${name}-filtered.png`), ...fullPage })

    await s.page.reload()
    await s.page.locator('#sector-rural').waitFor()
    await expect.poll(() => panelIds(s.page)).toEqual(['sector-rural'])
    await expect(rural.isChecked()).resolves.toBe(true)

    await s.page.goBack()
    await s.page.waitForURL((url) => url.search === '')
    // The panels may still be mounting one by one (sector-panels.tsx): the filter reaches them a task later.
    await expect.poll(() => panelIds(s.page)).toEqual(all)
    await expect(rural.isChecked()).resolves.toBe(false)
    expect(s.problems).toEqual([])
  })
})
