// Every export of a real dashboard chart yields a complete, legible file: PNG ≥2× with content, valid SVG, exact CSV, zip.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../src/lib/csv'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

const out = join(artifacts, 'export')
mkdirSync(out, { recursive: true })
const DATE = /_\d{4}-\d{2}-\d{2}\./

// The chart under test: the first progress chart of the first sector panel.
const CHART = 'section[id^="sector-"] figure[data-chart-frame]'

let s: Session
let chart: Locator
let title: string
beforeAll(async () => {
  s = await openBrowser()
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() })
  await s.page.goto(baseURL())
  // Chart chunks arrive panel by panel: once no placeholder is left the first chart is known, and is pinned by id
  // so that every test below exports the same one.
  await s.page.waitForFunction(() => !document.body.textContent.includes('正在加载图表…'))
  const id = await s.page.locator(CHART).first().getAttribute('id')
  chart = s.page.locator(`[id="${id}"]`)
  await chart.locator('[data-chart-body] svg').first().waitFor()
  title = (await chart.locator('h3').textContent()) ?? ''
})
afterAll(async () => {
  await s.context.close()
})

// Saves the download under artifacts/export/ (prefixed when two exports share a name) and reads it back.
async function download(page: Page, act: () => Promise<void>, prefix = '') {
  const [file] = await Promise.all([page.waitForEvent('download'), act()])
  const name = file.suggestedFilename()
  await file.saveAs(join(out, prefix + name))
  return { name, bytes: readFileSync(join(out, prefix + name)) }
}

async function fromMenu(item: string, prefix = '') {
  await chart.getByRole('button', { name: '导出' }).click()
  return download(s.page, () => s.page.getByRole('menuitem', { name: item }).click(), prefix)
}

const isPng = (b: Buffer) =>
  b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
const pngWidth = (b: Buffer) => b.readUInt32BE(16)

// Decodes the PNG in the page and measures it: a blank or single-colour image has (almost) no variance.
function pixels(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = Object.assign(document.createElement('canvas'), {
      width: img.naturalWidth,
      height: img.naturalHeight,
    })
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data
    let sum = 0
    let sq = 0
    let n = 0
    let ink = 0
    for (let i = 0; i < d.length; i += 4 * 5) {
      const l = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!
      sum += l
      sq += l * l
      n += 1
      if (l < 200) ink += 1
    }
    return { variance: sq / n - (sum / n) ** 2, ink: ink / n, corner: [...d.subarray(0, 4)] }
  }, png.toString('base64'))
}

async function parseSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    }
  }, text)
}

describe('one chart', () => {
  it('PNG: a 2× complete figure, not blank, on white, named 领域_图表_日期.png', async () => {
    const onScreen = (await chart.boundingBox())!.width
    const { name, bytes } = await fromMenu('PNG 图片（2倍）')
    expect(name).toMatch(DATE)
    expect(name.endsWith('.png')).toBe(true)
    expect(name).toContain(title.slice(0, 4))
    expect(isPng(bytes)).toBe(true)
    expect(pngWidth(bytes)).toBeGreaterThanOrEqual(2 * onScreen)
    const p = await pixels(s.page, bytes)
    expect(p.corner).toEqual([255, 255, 255, 255])
    expect(p.variance).toBeGreaterThan(100)
    expect(p.ink).toBeGreaterThan(0.01)
    expect(await chart.getByRole('status').textContent()).toBe(`已下载：${name}`)
  })

  it('高清 PNG: 4× the on-screen width', async () => {
    const onScreen = (await chart.boundingBox())!.width
    const { bytes } = await fromMenu('高清 PNG（4倍）', '4x-')
    expect(isPng(bytes)).toBe(true)
    expect(pngWidth(bytes)).toBeGreaterThanOrEqual(4 * onScreen)
  })

  it('SVG: parses, keeps the title, legend and source as text, no CSS variables or classes', async () => {
    const { name, bytes } = await fromMenu('SVG 矢量图')
    expect(name.endsWith('.svg')).toBe(true)
    const svg = bytes.toString('utf8')
    const parsed = await parseSvg(s.page, svg)
    expect(parsed.errors).toBe(0)
    expect(parsed.texts).toContain(title)
    expect(parsed.texts).toContain('来源：祁东县2023年政府工作报告')
    for (const label of await chart
      .getByRole('list', { name: '图例' })
      .getByRole('listitem')
      .allTextContents())
      expect(parsed.texts).toContain(label)
    expect(svg).not.toContain('var(--')
    expect(svg).not.toContain('class=')
  })

  it('CSV: BOM, and exactly the rows of the chart’s data table plus 来源', async () => {
    const { name, bytes } = await fromMenu('CSV 数据')
    expect(name.endsWith('.csv')).toBe(true)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parseCsv(bytes.toString('utf8'))
    const headers = await chart.locator('table thead th').allTextContents()
    expect(header!.slice(0, headers.length)).toEqual(headers)
    expect(header).toContain('来源')
    const shown = await chart
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))
    expect(rows.map((r) => r.slice(0, headers.length).map((c) => c || '—'))).toEqual(shown)
  })

  it('复制图片 puts a PNG on the clipboard', async () => {
    await chart.getByRole('button', { name: '导出' }).click()
    await s.page.getByRole('menuitem', { name: '复制图片' }).click()
    await expect.poll(() => chart.getByRole('status').textContent()).toContain('已复制图片')
    const head = await s.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      const blob = await item!.getType('image/png')
      return [...new Uint8Array(await blob.arrayBuffer()).subarray(0, 8)]
    })
    expect(isPng(Buffer.from(head))).toBe(true)
  })

  it('附名词解释 adds the definitions of the terms the chart uses to the image', async () => {
    // The first chart on the page that uses a glossary term (its checkbox is enabled).
    const frames = s.page.locator('main figure[data-chart-frame]')
    let withTerm: Locator | undefined
    for (let i = 0; i < (await frames.count()) && !withTerm; i++) {
      await frames.nth(i).getByRole('button', { name: '导出' }).click()
      const box = s.page.getByRole('menuitemcheckbox', { name: /附名词解释/ })
      if ((await box.getAttribute('aria-disabled')) !== 'true') withTerm = frames.nth(i)
      else await s.page.keyboard.press('Escape')
    }
    expect(withTerm).toBeDefined()
    await s.page.getByRole('menuitemcheckbox', { name: /附名词解释/ }).click()
    const [svg, png] = [
      await download(s.page, () => s.page.getByRole('menuitem', { name: 'SVG 矢量图' }).click(), 'glossary-'),
      await (async () => {
        await withTerm!.getByRole('button', { name: '导出' }).click()
        // The choice holds while the page is open.
        expect(
          await s.page.getByRole('menuitemcheckbox', { name: /附名词解释/ }).getAttribute('aria-checked'),
        ).toBe('true')
        return download(
          s.page,
          () => s.page.getByRole('menuitem', { name: 'PNG 图片（2倍）' }).click(),
          'glossary-',
        )
      })(),
    ]
    const texts = (await parseSvg(s.page, svg.bytes.toString('utf8'))).texts
    expect(texts).toContain('名词解释')
    expect(isPng(png.bytes)).toBe(true)
  })

  it('the menu works from the keyboard alone', async () => {
    await chart.getByRole('button', { name: '导出' }).focus()
    await s.page.keyboard.press('Enter')
    await expect
      .poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('menuitemcheckbox')
    await s.page.keyboard.press('ArrowDown')
    await s.page.keyboard.press('ArrowDown')
    await s.page.keyboard.press('ArrowDown')
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('SVG 矢量图')
    await s.page.screenshot({ path: join(artifacts, 'export-menu-1440.png') })
    const { name } = await download(s.page, () => s.page.keyboard.press('Enter'))
    expect(name.endsWith('.svg')).toBe(true)
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toContain('导出')
  })
})

// The growth chart is plain SVG like the bullet charts: its export carries the same bars, hatch, figures and axis.
describe('the growth chart', () => {
  it('SVG and PNG: a solid and a hatched bar per indicator, the figures as the report writes them, the 0–32% axis', async () => {
    const growth = s.page.locator('[data-chart-frame="overview-growth"]')
    // One row per indicator in its data table (inside a closed 查看数据表, so not by role).
    const rows = await growth.locator('table tbody tr').count()
    expect(rows).toBeGreaterThan(5)
    const save = async (item: string) => {
      await growth.getByRole('button', { name: '导出' }).click()
      return download(s.page, () => s.page.getByRole('menuitem', { name: item }).click(), 'growth-')
    }
    const svg = (await save('SVG 矢量图')).bytes.toString('utf8')
    const parsed = await parseSvg(s.page, svg)
    expect(parsed.errors).toBe(0)
    expect(parsed.texts).toEqual(
      expect.arrayContaining(['5%', '7.5%左右', '30%以上', '0%', '8%', '16%', '24%', '32%']),
    )
    expect(parsed.texts).toContain('2022年实际增速与2023年目标增速')
    // The legend's swatches are rects too: count the bars by their size, 16 px high.
    const bars = [...svg.matchAll(/<rect [^>]*height="16"[^>]*>/g)].map((m) => m[0])
    expect(bars.filter((b) => b.includes('fill="rgb(0, 114, 178)"'))).toHaveLength(rows)
    expect(bars.filter((b) => /fill="url\(/.test(b))).toHaveLength(rows)
    expect(svg).toMatch(/<pattern id="target-/)
    expect(svg).not.toContain('var(--')
    expect(svg).not.toContain('class=')
    const png = (await save('PNG 图片（2倍）')).bytes
    expect(pngWidth(png)).toBeGreaterThanOrEqual(2 * (await growth.boundingBox())!.width)
    expect((await pixels(s.page, png)).ink).toBeGreaterThan(0.01)
  })
})

describe('panel and everything', () => {
  it('导出本领域图片: 16:9 slide pages (2560×1440), one PNG or a zip of numbered pages', async () => {
    const panel = s.page.locator('section[id^="sector-"]').first()
    const { name, bytes } = await download(s.page, () =>
      panel.getByRole('button', { name: '导出本领域图片' }).click(),
    )
    expect(name).toMatch(DATE)
    const pages = name.endsWith('.zip')
      ? Object.values(unzipSync(new Uint8Array(bytes))).map((b) => Buffer.from(b))
      : [bytes]
    for (const page of pages) {
      expect(isPng(page)).toBe(true)
      expect([pngWidth(page), page.readUInt32BE(20)]).toEqual([2560, 1440])
      expect((await pixels(s.page, page)).variance).toBeGreaterThan(100)
    }
  })

  it('导出全部: a zip with a PNG, an SVG and a CSV per chart and a README listing them', async () => {
    const count = await s.page.locator('main figure[data-chart-frame]').count()
    const { name, bytes } = await download(s.page, () =>
      s.page.getByRole('button', { name: '导出全部' }).click(),
    )
    expect(name).toMatch(/^祁东目标看板_全部图表_\d{4}-\d{2}-\d{2}\.zip$/)
    const files = unzipSync(new Uint8Array(bytes))
    const readme = strFromU8(files['README.txt']!)
    const listed = readme.split('\r\n').flatMap((l) => (/\.(png|svg|csv)$/.test(l) ? [l.trim()] : []))
    expect(listed).toHaveLength(3 * count)
    expect(Object.keys(files).sort()).toEqual([...listed, 'README.txt'].sort())
    const pngs = listed.filter((l) => l.endsWith('.png'))
    for (const f of pngs) expect(isPng(Buffer.from(files[f]!))).toBe(true)
    // The last chart is far below the screen, never drawn by the browser (content-visibility), yet exported whole.
    const last = await pixels(s.page, Buffer.from(files[pngs.at(-1)!]!))
    expect(last.variance).toBeGreaterThan(100)
    expect(last.ink).toBeGreaterThan(0.01)
    expect(readme).toContain('来源：祁东县2023年政府工作报告')
  })
})

describe('phone', () => {
  it('the menu opens inside a 390 px screen and the PNG is still 2× the chart', async () => {
    const phone = await openBrowser({ width: 390, height: 844 })
    try {
      await phone.page.goto(baseURL())
      const small = phone.page.locator(CHART).first()
      await small.locator('[data-chart-body] svg').first().waitFor()
      await small.scrollIntoViewIfNeeded()
      await small.getByRole('button', { name: '导出' }).click()
      const menu = (await phone.page.getByRole('menu').boundingBox())!
      expect(menu.x).toBeGreaterThanOrEqual(0)
      expect(menu.x + menu.width).toBeLessThanOrEqual(390)
      await phone.page.screenshot({ path: join(artifacts, 'export-menu-390.png') })
      const { bytes } = await download(
        phone.page,
        () => phone.page.getByRole('menuitem', { name: 'PNG 图片（2倍）' }).click(),
        'phone-',
      )
      expect(pngWidth(bytes)).toBeGreaterThanOrEqual(2 * (await small.boundingBox())!.width)
      expect(phone.problems).toEqual([])
    } finally {
      await phone.context.close()
    }
  })
})

describe('print', () => {
  it('prints without controls, charts unsplit', async () => {
    // Chromium lays A4 (less the @page margins) out about 948 CSS px wide, then shrinks it onto the page.
    await s.page.setViewportSize({ width: 948, height: 1300 })
    await s.page.emulateMedia({ media: 'print' })
    await expect.poll(() => s.page.getByRole('button', { name: '导出' }).first().isVisible()).toBe(false)
    expect(await chart.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid')
    await s.page.evaluate(() => {
      window.scrollTo(0, 0)
    })
    await s.page.locator('main').getByText('祁东县2023年政府工作报告 目标看板', { exact: true }).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'print-overview.png') })
    const pdf = await s.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    writeFileSync(join(artifacts, 'print-report.pdf'), pdf)
    await s.page.emulateMedia({ media: 'screen' })
    await s.page.setViewportSize({ width: 1440, height: 900 })
    expect(s.problems).toEqual([])
  })
})
