// @vitest-environment node
// The zip's README lists every file in it, and two charts with the same title never overwrite each other.
import { describe, expect, it } from 'vitest'
import { readme, uniqueName } from './export-all'

describe('export-all helpers', () => {
  it('numbers a repeated file name instead of overwriting', () => {
    const taken = new Set<string>()
    expect(uniqueName('产业发展_增速_2023-06-30.png', taken)).toBe('产业发展_增速_2023-06-30.png')
    expect(uniqueName('产业发展_增速_2023-06-30.png', taken)).toBe('产业发展_增速_2023-06-30-2.png')
    expect(uniqueName('产业发展_增速_2023-06-30.png', taken)).toBe('产业发展_增速_2023-06-30-3.png')
  })

  it('writes a README with BOM and CRLF that lists each chart with its files', () => {
    const text = readme(
      [
        { title: '地区生产总值增速', subtitle: '单位：%', files: ['a.png', 'a.svg', 'a.csv'] },
        { title: '粮食播种面积', files: ['b.png', 'b.svg', 'b.csv'] },
      ],
      '2023-06-30',
    )
    expect(text.startsWith('\uFEFF祁东目标看板 · 图表导出\r\n导出日期：2023-06-30\r\n')).toBe(true)
    expect(text).toContain('共 2 张图表')
    expect(text).toContain('\r\n1. 地区生产总值增速\r\n   单位：%\r\n   a.png\r\n   a.svg\r\n   a.csv\r\n')
    expect(text).toContain('\r\n2. 粮食播种面积\r\n   b.png\r\n')
    expect(text).not.toMatch(/[^\r]\n/)
  })
})
