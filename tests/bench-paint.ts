// Where the headline's paint time goes: npm run bench:paint [-- --runs 15]. In one run it loads, in turn, the static
// yardstick page, the app, and the built page without its scripts cut three ways: whole, after the six headline
// cards (header and 查找栏 kept), and the cards alone. Prints each page's headline paint (Element Timing) and its
// ratio to the yardstick's: how far the page itself, not its scripts, stands from the ≤ 1.15× budget.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { zh } from '../src/i18n/zh'
import { freshPage, staticHeadline, type Sample } from './bench-measure'
import { stats } from './bench-report'
import { buildDist, dist, staticYardstick } from './bench-setup'
import { chromiumArgs, executablePath } from './chromium'
import { serveStatic } from './static-server'

const argv = process.argv.slice(2)
const runs = Math.max(3, Number(argv[argv.indexOf('--runs') + 1]) || 15)

// The built page with no script (what the HTML alone costs), keeping what `keep` says of the headline cards' section.
// Cut by the browser's own parser (DOMParser runs no script).
function cut({ html, keep }: { html: string; keep: 'all' | 'top' | 'cards' }) {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const el of doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]')) el.remove()
  const cards = doc.querySelector('[elementtiming=headline]')!.closest('section')!
  for (let el: Element = cards; keep !== 'all' && el !== doc.body; el = el.parentElement!) {
    while (el.nextElementSibling) el.nextElementSibling.remove()
    if (keep === 'cards') while (el.previousElementSibling) el.previousElementSibling.remove()
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}`
}

buildDist()
const { headline, dir: staticDir } = staticYardstick()
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
const cutsDir = mkdtempSync(join(tmpdir(), 'qd-cuts-'))
const cuts = {
  all: '同一页面，去掉脚本',
  top: '只留页头、查找栏和六个目标卡片',
  cards: '只留六个目标卡片',
} as const
const parser = await browser.newPage()
for (const keep of Object.keys(cuts) as (keyof typeof cuts)[])
  writeFileSync(join(cutsDir, `${keep}.html`), await parser.evaluate(cut, { html, keep }))
await parser.close()
const server = await serveStatic({ '/app/': dist, '/static/': staticDir, '/cuts/': cutsDir })
const pages: [string, string][] = [
  ['静态页（六个数字，对照）', `${server.origin}/static/`],
  ['应用', `${server.origin}/app/`],
  ...Object.entries(cuts).map(([keep, label]): [string, string] => [
    label,
    `${server.origin}/cuts/${keep}.html`,
  ]),
]
const probe = { figures: headline.map((i) => i.written), chartLoading: zh.chartLoading }
const samples = new Map<string, Sample[]>(pages.map(([label]) => [label, []]))
for (let run = 0; run < runs; run++) {
  // Each run starts with the next page, so that none always gets the warmer machine.
  for (const [label, url] of [...pages.slice(run % pages.length), ...pages.slice(0, run % pages.length)]) {
    const { context, page } = await freshPage(browser, probe, 1)
    await page.goto(url)
    samples.get(label)!.push(await staticHeadline(page))
    await context.close()
  }
}
await browser.close()
await server.close()
for (const dir of [staticDir, cutsDir]) rmSync(dir, { recursive: true, force: true })

const yardstick = stats(samples.get(pages[0]![0])!)!.median
console.log(
  `\n首个目标数字绘出（Element Timing，自导航开始），${runs} 轮交替加载，负载 ${loadavg()[0]!.toFixed(2)}：\n`,
)
console.log('| 页面 | 中位数 | 最小–最大 | ÷ 静态页 |\n| --- | --- | --- | --- |')
for (const [label, xs] of samples) {
  const s = stats(xs)
  console.log(
    s
      ? `| ${label} | ${s.median} ms | ${s.min}–${s.max} ms | ${(s.median / yardstick).toFixed(2)}× |`
      : `| ${label} | 未绘出 | | |`,
  )
}
