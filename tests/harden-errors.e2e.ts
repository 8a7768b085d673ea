// A chart chunk that fails to load breaks only the charts: each says so in Chinese with 重试, the rest of the app works.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser({ width: 1440 })
})
afterAll(async () => {
  await s.context.close()
})

it('a blocked bullet-chart chunk leaves the app working, and 重试 draws the chart once the network is back', async () => {
  const { page } = s
  await page.route(/\/assets\/bullet-chart-[^/]+\.js$/, (route) => route.abort('internetdisconnected'))
  await page.goto(baseURL())
  const panel = page.locator('#sector-industry')
  const failed = panel.getByRole('alert').first()
  await failed.waitFor()
  await expect(failed.textContent()).resolves.toMatch(
    /^图表“.+”未能显示这部分内容需要从服务器加载，但加载失败/,
  )
  expect(await failed.textContent()).not.toMatch(/[A-Za-z]{4,}/)
  // Everything else still works: the headline cards, the growth chart (its own chunk), filters, the other views.
  await expect(
    page.getByRole('region', { name: '2023年主要预期目标' }).getByRole('article').count(),
  ).resolves.toBe(6)
  await page.locator('[data-chart-frame="overview-growth"] svg.recharts-surface').first().waitFor()
  await page.getByRole('group', { name: '按领域筛选' }).getByRole('checkbox', { name: '产业发展' }).focus()
  await page.keyboard.press('Space')
  await page.waitForURL(/sector=industry/)
  await page.screenshot({ path: join(artifacts, 'harden-chunk-failed-1440.png') })

  await page.unroute(/\/assets\/bullet-chart-[^/]+\.js$/)
  const frames = panel.locator('[data-chart-frame] [data-chart-body] svg')
  await expect(frames.count()).resolves.toBe(0)
  await failed.getByRole('button', { name: '重试' }).click()
  await frames.first().waitFor()
  await page.getByRole('link', { name: '进度监测', exact: true }).click()
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  // Only the blocked requests themselves may show up as failures.
  const unexpected = s.problems.filter((p) => !/bullet-chart-|ERR_INTERNET_DISCONNECTED/.test(p))
  expect(unexpected).toEqual([])
})
