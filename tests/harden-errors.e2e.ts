// A chart chunk that fails to load breaks only the charts: each says so in Chinese with 重试, the rest of the app works.
// A dataset file that is missing or is not the dataset is explained in Chinese, with 重新加载, never a blank page.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Route } from 'playwright-core'
import { artifacts, baseURL, drawnChart, fullPage, openBrowser, type Session } from './browser'

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
  await page.locator(drawnChart('[data-chart-frame="overview-growth"]')).waitFor()
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

// A fresh profile each: once the service worker holds the dataset, the page no longer asks the network for it.
async function withDatasetAnswered(width: number, answer: (route: Route) => Promise<void>) {
  const session = await openBrowser({ width })
  await session.page.route(/\/assets\/qidong-2023-[\w-]+\.json$/, answer)
  await session.page.goto(baseURL())
  return session
}

it('a dataset file the server does not have says so in Chinese, and 重新加载 brings the board back', async () => {
  const session = await withDatasetAnswered(1440, (route) =>
    route.fulfill({ status: 404, body: 'Not Found' }),
  )
  const { page } = session
  try {
    const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '数据加载失败' }) })
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toMatch(
      /无法下载数据集文件 qidong-2023-[\w-]+\.json（服务器回答 404）。请检查网络后重新加载。/,
    )
    await page.screenshot({ path: join(artifacts, 'harden-dataset-missing-1440.png') })
    await page.unrouteAll()
    await alert.getByRole('button', { name: '重新加载' }).click()
    await expect(
      page.getByRole('region', { name: '2023年主要预期目标' }).getByRole('article').count(),
    ).resolves.toBe(6)
    await page.locator(drawnChart()).first().waitFor()
    // Only the refused dataset file itself (its console line carries no URL) may show up as a failure.
    expect(session.problems.filter((p) => !/qidong-2023-[\w-]+\.json|status of 404/.test(p))).toEqual([])
  } finally {
    await session.context.close()
  }
})

it('a dataset file that is not the dataset (a host answering with a page) is named as malformed', async () => {
  const session = await withDatasetAnswered(390, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>首页</title>' }),
  )
  const { page } = session
  try {
    const alert = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: '数据集格式有误，看板无法显示' }) })
    await alert.waitFor()
    await expect(alert.getByRole('listitem').textContent()).resolves.toMatch(
      /^数据集 字段 \(整个文件\)：不是有效的 JSON/,
    )
    await alert.getByRole('button', { name: '重新加载' }).waitFor()
    await page.screenshot({ path: join(artifacts, 'harden-dataset-malformed-390.png'), ...fullPage })
    expect(session.problems).toEqual([])
  } finally {
    await session.context.close()
  }
})
