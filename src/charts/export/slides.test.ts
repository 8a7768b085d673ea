// A panel becomes 16:9 pages: every chart placed once, in order, on as few pages as stay legible, each page
// with the title, its number and the 来源.
import { describe, expect, it } from 'vitest'
import { buildSlides, SLIDE } from './slides'
import { estimateWidth } from './text-layout'

const figure = (n: number, width = 608, height = 330) => ({
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text>图${n}</text></svg>`,
  width,
  height,
})
const deck = (count: number, size?: [number, number]) => ({
  title: '乡村振兴',
  subtitle: '筛选：2023年目标',
  footer: '来源：祁东县2023年政府工作报告',
  figures: Array.from({ length: count }, (_, i) => figure(i + 1, ...(size ?? []))),
})
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml')
const texts = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => t.textContent)

describe('buildSlides', () => {
  it('puts nine ordinary charts on three 1280×720 pages, four to a page, numbered', () => {
    const pages = buildSlides(deck(9), estimateWidth)
    expect(pages).toHaveLength(3)
    for (const [i, page] of pages.entries()) {
      expect(page).toMatchObject({ width: SLIDE.width, height: SLIDE.height })
      expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9)
      expect(parse(page.svg).querySelector('parsererror')).toBeNull()
      expect(texts(page.svg)).toEqual(
        expect.arrayContaining([
          '乡村振兴',
          '筛选：2023年目标',
          `第${i + 1}/3页`,
          '来源：祁东县2023年政府工作报告',
        ]),
      )
    }
    expect(pages.flatMap((p) => texts(p.svg).filter((t) => t.startsWith('图')))).toEqual(
      Array.from({ length: 9 }, (_, i) => `图${i + 1}`),
    )
  })

  it('gives tall charts two to a page instead of shrinking them past legibility', () => {
    const pages = buildSlides(deck(3, [608, 560]), estimateWidth)
    expect(pages).toHaveLength(2)
  })

  it('keeps one page without a page number for a small panel', () => {
    const [page, ...rest] = buildSlides(deck(2), estimateWidth)
    expect(rest).toHaveLength(0)
    expect(texts(page!.svg).some((t) => t.includes('页'))).toBe(false)
  })
})
