// The 通报's 附表 printed on A4: short columns (序号, 领域, 状态, 预警, 责任领导, 2023年目标) keep their words on one
// line, instead of 综合经/济 and 红/灯 stacked in columns squeezed by a wide 最新进度.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'

let s: Session
beforeAll(async () => {
  s = await openBrowser({ width: 1440, height: 900 })
})
afterAll(async () => {
  await s.context.close()
})

it('prints the 附表 with 领域, 状态, 预警 and the short headings each on one line', async () => {
  const { page } = s
  await page.goto(`${baseURL()}?view=report&period=2023-09`)
  await page.getByRole('table', { name: /推进情况表/ }).waitFor()
  await page.emulateMedia({ media: 'print' })
  const pdf = join(artifacts, 'qa-print-annex.pdf')
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }))
  await page.emulateMedia({ media: 'screen' })
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '3', '-l', '3', pdf, join(artifacts, 'qa-print-annex')])
  const lines = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n')
  // pdftotext -layout keeps a printed table row on one text line: a wrapped cell leaves its tail on the next
  const head = lines.find((l) => /^\s*序/.test(l)) ?? ''
  expect(head.trim().split(/\s+/)).toEqual([
    '序号',
    '领域',
    '目标任务',
    '2023年目标',
    '最新进度',
    '状态',
    '预警',
    '牵头单位',
    '责任领导',
  ])
  expect(lines.find((l) => /^\s*1\s/.test(l))).toMatch(
    /^\s*1\s+综合经济\s+地区生产总值增速\s+7\.5%左右\s+未报送\s+\S*红灯/,
  )
  expect(lines.find((l) => /^\s*20\s/.test(l))).toMatch(/^\s*20\s+项目园区\s/)
})
