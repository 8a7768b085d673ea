import type { Page } from 'playwright-core'
import { drawnChart } from './browser'

// Every view and dialog of the app, used the way an official would; `stop` runs at each place (CSP, axe checks).
export type Stop = (place: string) => Promise<void>

const template = [
  '目标编号,截至月份,数值,口径,任务状态,备注',
  'gdp-growth-2023,2023-06,6.2,预计,,统计局快报',
  'task-energy-storage-materials-park,2023-02,,,推进中,',
].join('\r\n')

async function scrollThrough(page: Page) {
  // Off-screen charts render only when scrolled to (content-visibility): visit them all.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y)
      await new Promise((r) => setTimeout(r, 60))
    }
    scrollTo(0, 0)
  })
}

export async function tour(page: Page, url: string, stop: Stop, options: { download?: boolean } = {}) {
  const download = options.download ?? true
  const sep = url.includes('?') ? '&' : '?'
  await page.goto(url)
  await page.locator(drawnChart()).first().waitFor()
  await scrollThrough(page)
  await stop('看板')

  await page.getByRole('group', { name: '按领域筛选' }).getByRole('checkbox', { name: '乡村振兴' }).focus()
  await page.keyboard.press('Space')
  await page.waitForURL(/sector=rural/)
  await stop('看板（筛选）')
  await page.keyboard.press('Space')

  await page.getByRole('button', { name: '名词解释' }).click()
  await page.getByRole('dialog', { name: '名词解释' }).waitFor()
  await stop('名词解释')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '原文：地区生产总值增速（2023年目标）' }).first().click()
  await page.getByRole('dialog', { name: '原文' }).locator('mark').waitFor()
  await stop('原文')
  await page.keyboard.press('Escape')
  await page.getByRole('dialog', { name: '原文' }).waitFor({ state: 'hidden' })

  const frame = page.locator('[data-chart-frame="overview-growth"]')
  await frame.getByRole('button', { name: '导出', exact: true }).click()
  await page.getByRole('menu').waitFor()
  await stop('导出菜单')
  if (download) {
    for (const item of ['PNG 图片（2倍）', 'SVG 矢量图', 'CSV 数据']) {
      if (!(await page.getByRole('menu').isVisible()))
        await frame.getByRole('button', { name: '导出', exact: true }).click()
      await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()])
    }
  }
  await page.keyboard.press('Escape')

  await page.goto(`${url}${sep}view=progress&period=2023-06`) // 本期 June: a growth figure then starts as 预计
  await page.getByRole('heading', { level: 2, name: '2023年目标进度监测' }).waitFor()
  await stop('进度监测')
  await page.getByRole('button', { name: '录入进度：地区生产总值增速' }).click()
  const form = page.locator('[data-progress-item="gdp-growth-2023"]')
  await form.getByLabel('数值（%）').fill('abc')
  await form.getByRole('button', { name: '保存记录' }).click()
  await stop('录入（出错）')
  await form.getByLabel('数值（%）').fill('6.2')
  await form.getByRole('button', { name: '保存记录' }).click()
  await form.getByRole('status').filter({ hasText: '已保存' }).waitFor()
  await stop('录入（已保存）')
  await page.getByRole('button', { name: '状态规则说明' }).click()
  await page.getByRole('dialog', { name: '状态怎样判定' }).waitFor()
  await stop('状态规则说明')
  await page.keyboard.press('Escape')
  await page
    .getByLabel('导入文件', { exact: true })
    .setInputFiles({ name: '填报.csv', mimeType: 'text/csv', buffer: Buffer.from(template, 'utf8') })
  const preview = page.getByRole('dialog', { name: '导入预览：填报.csv' })
  await preview.waitFor()
  await stop('导入预览')
  await preview.getByRole('button', { name: '确认导入' }).click()
  await page
    .getByRole('status')
    .getByText(/已导入/)
    .waitFor()

  await page.goto(`${url}${sep}view=report`)
  await page.getByRole('heading', { level: 2, name: /通报/ }).first().waitFor()
  await stop('通报')
}
