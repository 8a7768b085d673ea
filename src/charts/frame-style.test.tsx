// The screen's chart frame and the exported image draw title, legend text and footer in the same colours, font,
// type sizes and spacing (palette.ts, frame-layout.ts).
import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { ChartFrame } from './chart-frame'
import { buildFigureSvg } from './export/figure-svg'
import { frameLayout } from './frame-layout'
import { FRAME_FONT_STACK, frameInk } from './palette'

const hex = (color: string) => {
  const [r, g, b] = color.match(/\d+/g)!.map(Number)
  return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`
}

it('uses frameInk and the frame font stack on screen and in the exported SVG', () => {
  render(
    <ChartFrame id="t" title="地区生产总值增速" subtitle="单位：%" table={{ columns: [], rows: [] }}>
      {() => null}
    </ChartFrame>,
  )
  const title = screen.getByRole('heading', { name: '地区生产总值增速' })
  expect(hex(getComputedStyle(title).color)).toBe(frameInk.title)
  expect(hex(getComputedStyle(screen.getByText('单位：%')).color)).toBe(frameInk.muted)
  expect(screen.getByRole('figure').style.fontFamily.replace(/,\s+/g, ',')).toBe(FRAME_FONT_STACK)

  const { svg } = buildFigureSvg({
    title: '地区生产总值增速',
    subtitle: '单位：%',
    body: { markup: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 600, height: 100 },
    footer: ['来源'],
  })
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const texts = [...doc.getElementsByTagName('text')]
  expect(texts.find((t) => t.textContent === '地区生产总值增速')?.getAttribute('fill')).toBe(frameInk.title)
  expect(texts.find((t) => t.textContent === '单位：%')?.getAttribute('fill')).toBe(frameInk.muted)
  expect(doc.documentElement.getAttribute('font-family')).toBe(FRAME_FONT_STACK)
})

it('draws title, subtitle, legend and footer at the same sizes on screen and in the exported SVG', () => {
  const legend = [{ label: '2022年完成', color: '#0072B2', shape: 'bar' as const }]
  render(
    <ChartFrame
      id="t"
      title="粮食播种面积"
      subtitle="单位：万亩"
      legend={legend}
      table={{ columns: [], rows: [] }}
    >
      {() => null}
    </ChartFrame>,
  )
  const px = (el: HTMLElement) => parseFloat(getComputedStyle(el).fontSize)
  const screenSizes = {
    title: px(screen.getByRole('heading', { name: '粮食播种面积' })),
    subtitle: px(screen.getByText('单位：万亩')),
    legend: px(screen.getByText('2022年完成')),
    footer: px(screen.getByText(/^来源/)),
  }
  const { svg } = buildFigureSvg({
    title: '粮食播种面积',
    subtitle: '单位：万亩',
    legend,
    body: { markup: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 600, height: 100 },
    footer: ['来源：祁东县2023年政府工作报告'],
  })
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const size = (text: string) =>
    Number(
      [...doc.getElementsByTagName('text')]
        .find((t) => t.textContent.startsWith(text))
        ?.getAttribute('font-size'),
    )
  expect({
    title: size('粮食播种面积'),
    subtitle: size('单位：万亩'),
    legend: size('2022年完成'),
    footer: size('来源'),
  }).toEqual(screenSizes)
  expect(screenSizes.title).toBe(frameLayout.title.size)
  expect(screen.getByRole('figure').style.padding).toBe(`${frameLayout.pad}px`)
})
