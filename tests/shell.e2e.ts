// The built app loads in real Chromium with its Chinese title, header and data, and logs no error.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, fullPage, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser()
})
afterAll(async () => {
  await s.context.close()
})

it('loads with the right title, no console error or failed request, and renders Chinese', async () => {
  await s.page.goto(baseURL())
  await expect(s.page.title()).resolves.toBe('祁东目标看板 · 祁东县2023年政府工作报告')
  await s.page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
  await s.page.getByText('县第十八届人大三次会议').first().waitFor()
  // Without a CJK font, 祁 is drawn as the same empty box as an unassigned code point.
  const sameAsMissingGlyph = await s.page.evaluate(() => {
    const draw = (ch: string) => {
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = 48
      const ctx = canvas.getContext('2d')!
      ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`
      ctx.fillText(ch, 4, 38)
      return Array.from(ctx.getImageData(0, 0, 48, 48).data).join()
    }
    return draw('祁') === draw('\u{E000}')
  })
  expect(sameAsMissingGlyph).toBe(false)
  await s.page.screenshot({ path: join(artifacts, 'shell-1440.png'), ...fullPage })
  expect(s.problems).toEqual([])
})
