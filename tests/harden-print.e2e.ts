// Printing from a phone (390 px wide) leaves no empty page: the dashboard, 进度监测, the 通报 and 任务分解 each print
// with text on every page, and every page but the last is more than a stray line (a chart too tall for its page once
// left its title alone on the page before). Paper has no controls: no label is left without its control, desk tools
// stay off, and the settings the controls hold are said in words. The pages are also drawn as PNGs (pdftoppm).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser({ width: 390, height: 844 })
})
afterAll(async () => {
  await s.context.close()
})

/** Each page's text, by pdftotext (a form feed ends each page) */
const pageTexts = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)

/** Share of a grey page's rows with dark pixels across at least 2% of its width (a frame's side borders are not) */
function inkShare(pgm: Buffer): number {
  const [, w = '0', h = '0'] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString('latin1', 0, 40)) ?? []
  const [width, height] = [Number(w), Number(h)]
  const start = pgm.length - width * height
  let inked = 0
  for (let y = 0; y < height; y++) {
    let dark = 0
    for (let x = 0; x < width; x++) if (pgm[start + y * width + x]! < 200) dark++
    if (dark >= width * 0.02) inked++
  }
  return inked / height
}

function inkShares(pdf: string, name: string): number[] {
  const prefix = `print-390-${name}-grey`
  // An earlier, longer print left more pages behind.
  for (const f of readdirSync(artifacts)) if (f.startsWith(prefix)) rmSync(join(artifacts, f))
  execFileSync('pdftoppm', ['-gray', '-r', '24', pdf, join(artifacts, prefix)])
  const pageNo = (f: string) => Number(/-(\d+)\.pgm$/.exec(f)?.[1])
  return readdirSync(artifacts)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.pgm'))
    .sort((a, b) => pageNo(a) - pageNo(b))
    .map((f) => inkShare(readFileSync(join(artifacts, f))))
}

async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' })
  const pdf = join(artifacts, `print-390-${name}.pdf`)
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }))
  await page.emulateMedia({ media: 'screen' })
  execFileSync('pdftoppm', ['-png', '-r', '40', pdf, join(artifacts, `print-390-${name}`)])
  return { texts: pageTexts(pdf), ink: inkShares(pdf, name) }
}

// What a page says on paper of the settings its controls hold, and desk tools that have no place on paper.
const onPaper: Record<string, { says: string[]; not: RegExp[] }> = {
  dashboard: { says: ['本期 2023年12月'], not: [/\s本期\s*$/m] },
  progress: {
    says: ['本期 2023年6月 · 报送截止日 每月25日 · 序时进度容差 5个百分点'],
    not: [/^\s*本期\s+报送截止日/m, /导入文件/, /数据恢复/],
  },
  report: { says: [], not: [] },
  assign: { says: ['已分解 0 / 128 项'], not: [/单位名称/, /导入分解表/] },
}

it.each([
  ['dashboard', '', '祁东县2023年政府工作报告 目标看板'],
  ['progress', '?view=progress&period=2023-06', '2023年目标进度监测'],
  ['report', '?view=report&period=2023-06', '推进情况的通报'],
  ['assign', '?view=assign', '2023年目标任务分解'],
])(
  'prints the %s at 390 px with no empty page, no control label without its control, and its settings',
  async (name, query, heading) => {
    const { page } = s
    await page.goto(`${baseURL()}${query}`)
    await page.getByText(heading).first().waitFor()
    await page.waitForLoadState('networkidle')
    const { texts, ink } = await printed(page, name)
    expect(texts.length).toBeGreaterThan(0)
    expect(ink).toHaveLength(texts.length)
    const empty = texts.map((t, i) => ({ page: i + 1, t: t.trim() })).filter((p) => !p.t)
    expect(empty.map((p) => p.page)).toEqual([])
    // A short page is fine where the next one starts a part of its own by design (the 通报's 附表, as on paper).
    const startsOwnPart = (i: number) => /^\s*附表/.test(texts[i + 1] ?? '')
    const nearlyEmpty = ink
      .slice(0, -1)
      .map((share, i) => ({ page: i + 1, share }))
      .filter((p) => p.share < 0.2 && !startsOwnPart(p.page - 1))
    expect(nearlyEmpty).toEqual([])
    const text = texts.join('\n')
    for (const said of onPaper[name]!.says) expect(text).toContain(said)
    for (const unwanted of onPaper[name]!.not) expect(text).not.toMatch(unwanted)
  },
  120_000,
)
