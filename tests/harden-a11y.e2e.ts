// axe finds nothing serious or critical on any view or dialog at 1440 and 360 px; a skip link leads to the content.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseURL, openBrowser, type Session } from './browser'
import { tour } from './harden-tour'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type Violation = {
  id: string
  impact: string
  help: string
  nodes: { target: string[]; failureSummary: string }[]
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } })
      .axe
    return (await axe.run({ resultTypes: ['violations'] })).violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary.split('\n')[1] ?? ''}`,
      ),
    )
}

for (const width of [1440, 360]) {
  describe(`${width} px`, () => {
    let s: Session
    beforeAll(async () => {
      s = await openBrowser({ width, height: 900 })
    })
    afterAll(async () => {
      await s.context.close()
    })

    it('every view and dialog: 0 serious, 0 critical', async () => {
      const found: string[] = []
      await tour(
        s.page,
        baseURL(),
        async (place) => {
          for (const v of await seriousViolations(s.page)) found.push(`${place}: ${v}`)
        },
        { download: false },
      )
      expect([...new Set(found)]).toEqual([])
    }, 300_000)
  })
}

// Tailwind's red-700 (≈ #b91c1c, 6.5:1 on white), the app's focus colour.
const red700 = 'oklch(0.505 0.213 27.518)'

// What the focused element draws to show it has focus: a solid outline of at least 2 px, or nothing.
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    return {
      name: el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 20),
      tag: el.localName,
      outline:
        style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2 ? style.outlineColor : 'none',
    }
  })

describe('keyboard', () => {
  let s: Session
  beforeAll(async () => {
    s = await openBrowser({ width: 1440, height: 900 })
  })
  afterAll(async () => {
    await s.context.close()
  })

  it('the first Tab shows 跳到主要内容, and it leads to the content', async () => {
    const { page } = s
    await page.goto(baseURL())
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.keyboard.press('Tab')
    const link = page.getByRole('link', { name: '跳到主要内容' })
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    const box = (await link.boundingBox())!
    expect(box.width).toBeGreaterThan(40)
    expect(box.y).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Enter')
    // Pressed before the app is live, the press is held and done again once it is (keep-early-clicks.ts).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(page.url()).toBe(baseURL())
  })

  it('the 导出 menu shows which item has focus', async () => {
    const { page } = s
    const button = page
      .locator('[data-chart-frame="overview-growth"]')
      .getByRole('button', { name: '导出', exact: true })
    await button.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menu').waitFor()
    await page.keyboard.press('ArrowDown')
    const ring = await focusRing(page)
    expect(ring.tag).toBe('button')
    expect(ring.outline).toBe(red700)
    await page.keyboard.press('Escape')
  })

  it('after 撤销 the focus is visible on the restored record list', async () => {
    const { page } = s
    await page.goto(`${baseURL()}?view=progress&period=2023-06`) // 本期 June: a growth figure then starts as 预计
    await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
    const item = page.locator('[data-progress-item="gdp-growth-2023"]')
    await item.getByLabel('数值（%）').fill('6.2')
    await item.getByRole('button', { name: '保存记录' }).click()
    await item.getByRole('button', { name: /^删除 .* 的记录$/ }).click()
    await page.getByRole('button', { name: '撤销' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('history-gdp-growth-2023')
    expect((await focusRing(page)).outline).toBe(red700)
  })
})
