// DOM order matches visual order: on every view at 1440 and 360 px, keyboard focus (DOM order) moves down the page,
// and left to right within a row; going back up is allowed only into a column to the right (a side-by-side layout).
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { baseURL, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser()
})
afterAll(async () => {
  await s.context.close()
})

type Box = { name: string; top: number; bottom: number; left: number; right: number }

/** Every focusable control that is shown, in DOM order, with its box in page coordinates */
const focusables = (page: Page) =>
  page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]'
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !el.matches(':disabled') && el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1) // visually hidden until focused (the skip link)
      .map(({ el, r }) => ({
        name: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 30)}”`,
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        left: r.left + scrollX,
        right: r.right + scrollX,
      }))
  })

const TOLERANCE = 8

/** Pairs of neighbours in DOM order whose boxes read backwards */
function outOfOrder(boxes: readonly Box[]): string[] {
  const problems: string[] = []
  boxes.forEach((b, i) => {
    const a = boxes[i - 1]
    if (!a) return
    const sameRow = b.top < a.bottom - TOLERANCE && a.top < b.bottom - TOLERANCE
    const up = b.top < a.top - TOLERANCE && !sameRow
    const intoColumnOnRight = b.left >= a.right - TOLERANCE
    if (up && !intoColumnOnRight) problems.push(`${a.name} → ${b.name}: back up the page`)
    if (sameRow && b.right <= a.left + TOLERANCE)
      problems.push(`${a.name} → ${b.name}: right to left in a row`)
  })
  return problems
}

const views = [
  ['看板', ''],
  ['进度监测', '?view=progress&period=2023-06'],
  ['通报', '?view=report&period=2023-06'],
  ['任务分解', '?view=assign'],
] as const

it.each([1440, 360])(
  'focus follows the visual order on every view at %i px',
  async (width) => {
    const { page } = s
    await page.setViewportSize({ width, height: 900 })
    const found: string[] = []
    for (const [name, query] of views) {
      await page.goto(`${baseURL()}${query}`)
      await page.getByRole('heading', { level: 2 }).first().waitFor()
      await page.waitForLoadState('networkidle')
      // Off-screen parts skip layout (content-visibility): give every part its real box.
      await page.addStyleTag({ content: '* { content-visibility: visible !important }' })
      const boxes = await focusables(page)
      expect(boxes.length).toBeGreaterThan(5)
      found.push(...outOfOrder(boxes).map((p) => `${name}: ${p}`))
    }
    expect(found).toEqual([])
  },
  120_000,
)
