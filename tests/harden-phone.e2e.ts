// On a 360 or 390 px phone nothing scrolls sideways: wide tables scroll in their own box with every column reachable,
// the 状态规则说明 popover stays on screen.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, baseURL, drawnChart, fullPage, openBrowser, type Session } from './browser'

// Elements wider than the viewport that are not inside a box that scrolls sideways on its own.
async function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > width)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`)
    for (const table of document.querySelectorAll('table')) {
      if (!table.getClientRects().length) continue
      let box: Element | null = table.parentElement
      while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement
      const name = table.querySelector('caption')?.textContent ?? table.textContent.slice(0, 20)
      if (!box) {
        if (table.getBoundingClientRect().right > width + 1) problems.push(`table cut off: ${name}`)
        continue
      }
      const r = box.getBoundingClientRect()
      if (r.left < -1 || r.right > width + 1) problems.push(`table box outside the screen: ${name}`)
      // Every column reachable: scrolled to the end, the last header cell is inside the box.
      box.scrollLeft = box.scrollWidth
      const last = table.querySelector('tr:first-child > :last-child')?.getBoundingClientRect()
      if (last && last.right > r.right + 1) problems.push(`last column unreachable: ${name}`)
      box.scrollLeft = 0
    }
    return problems
  })
}

for (const width of [360, 390]) {
  describe(`${width} px`, () => {
    let s: Session
    beforeAll(async () => {
      s = await openBrowser({ width, height: 800 })
    })
    afterAll(async () => {
      await s.context.close()
    })

    it('the dashboard does not scroll sideways', async () => {
      await s.page.goto(baseURL())
      await s.page.locator(drawnChart()).first().waitFor()
      await expect(sidewaysProblems(s.page)).resolves.toEqual([])
      // Charts off screen skip rendering (content-visibility): measure again with every part of the page visited.
      await s.page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
          scrollTo(0, y)
          await new Promise((r) => setTimeout(r, 50))
        }
      })
      await expect(sidewaysProblems(s.page)).resolves.toEqual([])
      await s.page.screenshot({ path: join(artifacts, `harden-dashboard-${width}.png`), ...fullPage })
    })

    it('进度监测 does not scroll sideways, and the 状态规则说明 popover stays on screen', async () => {
      const { page } = s
      await page.goto(`${baseURL()}?view=progress`)
      await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
      await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
      await expect(sidewaysProblems(page)).resolves.toEqual([])
      await page.getByRole('button', { name: '状态规则说明' }).click()
      const help = page.getByRole('dialog', { name: '状态怎样判定' })
      await help.waitFor()
      const box = (await help.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      await expect(sidewaysProblems(page)).resolves.toEqual([])
      await page.screenshot({ path: join(artifacts, `harden-rule-help-${width}.png`) })
      await page.keyboard.press('Escape')
    })

    it('通报 does not scroll sideways; its tables scroll in their own box', async () => {
      const { page } = s
      await page.goto(`${baseURL()}?view=report`)
      await page.locator('[data-bulletin] table').first().waitFor()
      await expect(sidewaysProblems(page)).resolves.toEqual([])
      await page.screenshot({ path: join(artifacts, `harden-bulletin-${width}.png`), ...fullPage })
    })
  })
}
