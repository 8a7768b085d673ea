// The screen's chart frame and the exported image draw title, legend text and footer in the same colours and font.
import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { ChartFrame } from './chart-frame'
import { buildFigureSvg } from './export/figure-svg'
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
