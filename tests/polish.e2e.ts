// A newcomer finds the search on the first screen, shares a link that says how it is filtered, exports
// slide-sized images, and meets defaults that do not invite mistakes.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../src/lib/csv'
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
    // Wheel until far down: on a loaded machine the first wheel can land while the page is still growing.
    await expect
      .poll(async () => {
        await s.page.mouse.wheel(0, 3000)
        return s.page.evaluate(() => window.scrollY)
      })
      .toBeGreaterThan(2000)
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
    // The panels mount after the app is live, their code loaded on demand: they may still be on their way.
    await expect
      .poll(() => s.page.locator('section[id^="sector-"]:visible').count())
      .toBeGreaterThanOrEqual(7)
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
      // Clicked as soon as the page shows, live or not: a click before the app is live is done once it is.
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
        .getByLabel('导入文件')
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup })
      const dialog = b.page.getByRole('dialog')
      await dialog.getByText('序时进度容差：5 → 3 个百分点').waitFor()
      await dialog.getByText('报送截止日：每月25日 → 每月20日').waitFor()
      await b.page.screenshot({ path: shot('restore-preview') })
      await dialog.getByRole('button', { name: '确认导入' }).click()
      await expect.poll(() => b.page.getByLabel('序时进度容差（百分点）').inputValue()).toBe('3')
      await b.page.reload()
      await expect(b.page.getByLabel('报送截止日').inputValue()).resolves.toBe('20')
      expect(b.problems).toEqual([])
    } finally {
      await b.context.close()
    }
  })
})

describe('export for slides', () => {
  const out = join(artifacts, 'polish-export')
  let s: Session
  const farm = () => s.page.locator('[id="bullet-high-standard-farmland-2023"]')
  beforeAll(async () => {
    mkdirSync(out, { recursive: true })
    s = await openBrowser()
    // 4万亩 recorded for June, just short of the 4.6万亩 marker, with its 来源.
    await s.page.addInitScript(() => {
      const entry = {
        id: 'e-farm',
        type: 'value',
        targetId: 'high-standard-farmland-2023',
        asOf: '2023-06',
        value: 4,
        basis: 'provisional',
        source: '县农业农村局月报',
        recordedAt: '2023-07-01T00:00:00.000Z',
      }
      localStorage.setItem(
        'qidong-targets.progress',
        JSON.stringify({ state: { entries: [entry] }, version: 1 }),
      )
    })
    await s.page.goto(`${baseURL()}?sector=rural&period=2023-06`)
    await farm().locator('[data-chart-body] svg').first().waitFor()
    await s.page.waitForFunction(() => !document.body.textContent.includes('正在加载图表…'))
  })
  afterAll(async () => {
    await s.context.close()
  })

  async function download(act: () => Promise<void>) {
    const [file] = await Promise.all([s.page.waitForEvent('download'), act()])
    const path = join(out, file.suggestedFilename())
    await file.saveAs(path)
    return { name: file.suggestedFilename(), path, bytes: await readFile(path) }
  }
  const fromMenu = async (item: string) => {
    await farm().getByRole('button', { name: '导出' }).click()
    return download(() => s.page.getByRole('menuitem', { name: item }).click())
  }

  it('draws the actual’s 4万亩 label clear of the target marker', async () => {
    const boxes = await farm().evaluate((frame) => {
      const label = [...frame.querySelectorAll('text')].find((t) => t.textContent === '4万亩')
      const marker = [...frame.querySelectorAll('path')].find((p) =>
        /^M[\d.]+,[\d.]+ L/.test(p.getAttribute('d') ?? ''),
      )
      const box = (el?: Element) => {
        const r = el?.getBoundingClientRect()
        return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null
      }
      return { label: box(label), marker: box(marker) }
    })
    const { label, marker } = boxes
    expect(label && marker).toBeTruthy()
    const overlap =
      label!.left < marker!.right &&
      marker!.left < label!.right &&
      label!.top < marker!.bottom &&
      marker!.top < label!.bottom
    expect(overlap).toBe(false)
    await farm().scrollIntoViewIfNeeded()
    await farm().screenshot({ path: shot('bullet-label') })
  })

  it('says in words that the 2023 target is below 2022, in the chart and the table', async () => {
    await expect(farm().locator('figcaption').textContent()).resolves.toContain(
      '2023年目标4.6万亩低于2022年完成的8.24万亩：这是年度目标安排，不是完成不足',
    )
    const row = s.page.locator('#sector-rural').getByRole('row', { name: /新建高标准农田/ })
    await expect(row.textContent()).resolves.toContain('低于2022年完成，系年度目标安排')
    // Centred below the sticky bar, and painted (the table skips painting while off screen) before the shot.
    await row.evaluate((el) => {
      el.scrollIntoView({ block: 'center' })
    })
    await s.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    await s.page.screenshot({ path: shot('target-below-table') })
  })

  it('credits the in-year actual to its entry’s 来源 in the CSV', async () => {
    const { bytes } = await fromMenu('CSV 数据')
    const rows = parseCsv(bytes.toString('utf8'))
    const credit = rows[0]!.indexOf('来源')
    expect(rows.find((r) => r[0] === '2023年实际')?.[credit]).toBe('县农业农村局月报（进度监测录入）')
    expect(rows.find((r) => r[0] === '2022年完成')?.[credit]).toBe('祁东县2023年政府工作报告')
  })

  it('names 2× and 4× PNGs apart', async () => {
    const two = await fromMenu('PNG 图片（2倍）')
    const four = await fromMenu('高清 PNG（4倍）')
    expect(two.name).toMatch(/_2倍_\d{4}-\d{2}-\d{2}\.png$/)
    expect(four.name).toMatch(/_4倍_\d{4}-\d{2}-\d{2}\.png$/)
    expect(four.bytes.readUInt32BE(16)).toBe(2 * two.bytes.readUInt32BE(16))
  })

  it('exports the panel as 16:9 pages that unzip -l lists by their Chinese names', async () => {
    const charts = await s.page.locator('#sector-rural figure[data-chart-frame]').count()
    const { name, path, bytes } = await download(() =>
      s.page.locator('#sector-rural').getByRole('button', { name: '导出本领域图片' }).click(),
    )
    expect(name).toMatch(/^乡村振兴_领域图表_\d{4}-\d{2}-\d{2}\.zip$/)
    const pages = unzipSync(new Uint8Array(bytes))
    expect(Object.keys(pages)).toHaveLength(Math.ceil(charts / 4))
    const listed = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')
    expect(listed).toEqual(Object.keys(pages))
    expect(listed[0]).toMatch(/^乡村振兴_领域图表_第1页（共\d页）_\d{4}-\d{2}-\d{2}\.png$/)
    expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toContain(listed[0])
    for (const [i, png] of Object.values(pages).entries()) {
      const page = Buffer.from(png)
      expect([page.readUInt32BE(16), page.readUInt32BE(20)]).toEqual([2560, 1440])
      writeFileSync(shot(`slide-${i + 1}`), page)
    }
  })

  it('导出全部: the zip’s Chinese file names read correctly in unzip -l and in a library', async () => {
    const { path, bytes } = await download(() => s.page.getByRole('button', { name: '导出全部' }).click())
    const names = Object.keys(unzipSync(new Uint8Array(bytes)))
    expect(names.some((n) => n.startsWith('乡村振兴_新建高标准农田_2倍_'))).toBe(true)
    const listed = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')
    expect(listed.sort()).toEqual(names.sort())
    const dir = join(out, 'unzipped')
    execFileSync('unzip', ['-o', '-q', path, '-d', dir])
    expect(readdirSync(dir).sort()).toEqual(names.sort())
  })
})
