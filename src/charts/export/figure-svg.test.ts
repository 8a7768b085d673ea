// A built figure is well-formed standalone SVG carrying title, subtitle, legend, chart, footer and notes as escaped text.
import { describe, expect, it } from 'vitest'
import type { FigureContent } from '../chart-types'
import { frameLayout } from '../frame-layout'
import { buildFigureSvg, escapeXml } from './figure-svg'
import { estimateWidth, wrapText } from './text-layout'

const body = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="150"><rect id="bar" width="10" height="10" fill="rgb(1, 2, 3)"/></svg>',
  width: 600,
  height: 150,
}

const content: FigureContent = {
  title: "地区生产总值增速 <&\"> '测试'",
  subtitle: '单位：% · 筛选：产业发展',
  legend: [
    { label: '2022年完成', color: 'rgb(30, 64, 175)', shape: 'bar' },
    { label: '2023年目标', color: '#b91c1c', shape: 'marker' },
    { label: '目标区间', color: '#38bdf8', shape: 'band' },
  ],
  body,
  footer: ['来源：祁东县2023年政府工作报告', '2023年实际截至2023-06'],
  glossary: [{ term: '三主三特', definition: '三主：指……<定义>' }],
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent)

describe('buildFigureSvg', () => {
  it('escapes special characters so the figure parses as XML, and keeps the text as written', () => {
    const { svg } = buildFigureSvg(content)
    expect(svg).toContain('地区生产总值增速 &lt;&amp;&quot;&gt; &apos;测试&apos;')
    const doc = parse(svg)
    expect(texts(doc)).toContain("地区生产总值增速 <&\"> '测试'")
  })

  it('draws title, subtitle, every legend label with its colour, the chart, the footer and the glossary', () => {
    const doc = parse(buildFigureSvg(content).svg)
    const all = texts(doc)
    expect(all).toEqual(
      expect.arrayContaining([
        '单位：% · 筛选：产业发展',
        '2022年完成',
        '2023年目标',
        '目标区间',
        '来源：祁东县2023年政府工作报告',
        '2023年实际截至2023-06',
        '名词解释',
        '三主三特：三主：指……<定义>',
      ]),
    )
    expect(doc.querySelector('[fill="#b91c1c"]')?.localName).toBe('path')
    expect(doc.querySelector('#bar')?.getAttribute('fill')).toBe('rgb(1, 2, 3)')
  })

  it('draws the 进度走势 marks as on screen: a filled circle for 正式, a hollow diamond for 预计', () => {
    const legend = [
      { label: '实际（正式，实心圆点）', color: '#009e73', shape: 'dot' as const },
      { label: '实际（预计，空心菱形）', color: '#e69f00', shape: 'hollow' as const },
    ]
    const doc = parse(buildFigureSvg({ ...content, legend }).svg)
    expect(doc.querySelector('circle[fill="#009e73"]')).not.toBeNull()
    const hollow = doc.querySelector('path[stroke="#e69f00"]')
    expect(hollow?.getAttribute('fill')).toBe('#ffffff')
  })

  it('is a white, self-contained figure with a CJK font stack and no CSS variables', () => {
    const { svg, width, height } = buildFigureSvg(content)
    const root = parse(svg).documentElement
    expect(root.getAttribute('font-family')).toBe(
      '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif',
    )
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff')
    expect(svg).not.toContain('var(--')
    expect(width).toBeGreaterThanOrEqual(600 + 48)
    expect(Number(root.getAttribute('height'))).toBe(height)
    expect(height).toBeGreaterThan(150 + 100)
  })

  it('wraps a long title into lines that each fit and together keep every character', () => {
    const title =
      '新增规模以上工业企业数量与战略性新兴产业增加值占规模工业比重，以及高新技术产业增加值增速'.repeat(2)
    const doc = parse(buildFigureSvg({ ...content, title, body: { ...body, width: 300 } }).svg)
    const size = frameLayout.title.size
    const lines = [...doc.querySelectorAll(`text[font-size="${size}"][font-weight]`)].map(
      (t) => t.textContent,
    )
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(title)
    for (const line of lines) expect(estimateWidth(line, size, true)).toBeLessThanOrEqual(560)
  })
})

describe('text helpers', () => {
  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0008c\td')).toBe('abc\td')
  })

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五，六七', 5 * 12, 12, estimateWidth)
    expect(lines[0]).toBe('一二三四五，')
  })
})
