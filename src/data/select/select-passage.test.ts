// @vitest-environment node
// Every line of the real report is a paragraph or a heading, each paragraph knows its section, and a quote is found with its figure.
import { describe, expect, it } from 'vitest'
import report from '../../../data/source/qidong-2023-government-work-report.txt?raw'
import { loadDataset } from '@/data/dataset/load-dataset'
import { parseReport } from '@/data/dataset/report-text'
import { findQuoteParagraph, selectPassageItem, splitAtQuote } from './select-passage'

const paragraphs = parseReport(report)
const containing = (s: string) => paragraphs.find((p) => p.text.includes(s))

describe('parseReport on the real report', () => {
  it('keeps every non-empty line, either as a paragraph or as a section heading', () => {
    const lines = report
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const headings = new Set(paragraphs.flatMap((p) => p.section))
    for (const line of lines)
      expect(paragraphs.some((p) => p.text === line) || headings.has(line.replace(/：$/, ''))).toBe(true)
    expect(paragraphs.length).toBeLessThan(lines.length)
  })

  it('files a 2023 paragraph under its part and item heading', () => {
    expect(containing('新增规模工业企业15家以上')?.section).toEqual([
      '二、2023年工作安排',
      '（一）坚持工业强县、实业兴县，让产业质效更优',
    ])
    expect(containing('完成衡永高速祁东段建设')?.section).toEqual([
      '二、2023年工作安排',
      '（二）聚焦项目提速、园区提质，让县域实力更强',
    ])
    expect(containing('实现县城空气质量优良率94%以上')?.section.at(-1)).toBe(
      '（七）致力绿色发展、风险防范，让发展底板更牢',
    )
  })

  it('names an item that opens its own paragraph by its lead sentence, for that paragraph only', () => {
    expect(containing('72个重点项目完成投资109.13亿元')?.section).toEqual([
      '一、2022年工作回顾',
      '（一）大力实施产业项目，实体经济稳中向好',
    ])
    expect(containing('供销、移民、气象')?.section).toEqual(['一、2022年工作回顾'])
    expect(containing('深刻领悟“两个确立”')?.section).toEqual([
      '三、加强政府自身建设',
      '（一）淬炼绝对忠诚的政治品格',
    ])
  })

  it('files the main targets under the part alone, the preamble under nothing, the notes under 名词解释', () => {
    expect(containing('地区生产总值增长7.5%左右')?.section).toEqual(['二、2023年工作安排'])
    expect(containing('各位代表：')?.section).toEqual([])
    expect(containing('“三主三特”：按照')?.section).toEqual(['《政府工作报告》名词解释'])
  })
})

describe('findQuoteParagraph', () => {
  it('finds the paragraph holding a quote, and -1 for a missing or empty quote', () => {
    const i = findQuoteParagraph(paragraphs, '力争社会消费品零售总额突破168亿元')
    expect(paragraphs[i]?.text.startsWith('促进服务业提质升级。')).toBe(true)
    expect(findQuoteParagraph(paragraphs, '报告里没有这句话')).toBe(-1)
    expect(findQuoteParagraph(paragraphs, '')).toBe(-1)
  })
})

describe('the real dataset in the 原文 view', () => {
  const dataset = loadDataset()

  it.each([...dataset.indicators, ...dataset.tasks].map((item) => [item.id]))(
    '%s: its quote is inside one paragraph and its figure is emphasised',
    (id) => {
      const item = selectPassageItem(dataset, id)!
      const home = findQuoteParagraph(paragraphs, item.quote)
      expect(home).not.toBe(-1)
      const parts = splitAtQuote(paragraphs[home]!.text, item.quote, item.written)!
      expect(parts.quote[1]).toBe(item.written ?? '')
    },
  )

  it('finds nothing for an unknown id', () => {
    expect(selectPassageItem(dataset, 'no-such-item')).toBeUndefined()
  })
})

describe('splitAtQuote', () => {
  const gdp = containing('全县地区生产总值359.07亿元')!.text

  it('cuts the paragraph around the quote and the quote around its figure as a whole number', () => {
    const quote = '全县地区生产总值359.07亿元、社会消费品零售总额155.44亿元，分别增长5%、2.4%'
    const parts = splitAtQuote(gdp, quote, '5')!
    expect(parts.quote).toEqual([
      '全县地区生产总值359.07亿元、社会消费品零售总额155.44亿元，分别增长',
      '5',
      '%、2.4%',
    ])
    expect(parts.before + parts.quote.join('') + parts.after).toBe(gdp)
    expect(splitAtQuote(gdp, quote, '155.44')?.quote[1]).toBe('155.44')
  })

  it('finds Chinese figures and leaves the quote whole when the figure is absent', () => {
    const rank = '首次进入全省（86个县市）前十、位列第9'
    expect(splitAtQuote(containing(rank)!.text, rank, '十')?.quote).toEqual([
      '首次进入全省（86个县市）前',
      '十',
      '、位列第9',
    ])
    expect(splitAtQuote(gdp, '地区生产总值359.07亿元', '8')?.quote).toEqual([
      '地区生产总值359.07亿元',
      '',
      '',
    ])
    expect(splitAtQuote(gdp, '地区生产总值359.07亿元')?.quote).toEqual(['地区生产总值359.07亿元', '', ''])
  })

  it('returns nothing when the paragraph does not hold the quote', () => {
    expect(splitAtQuote(gdp, '不在这一段')).toBeUndefined()
  })
})
