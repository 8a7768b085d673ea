// @vitest-environment node
// The zip's README lists every file in it, two charts with the same title never overwrite each other, and its
// Chinese file names read correctly in unzip tools.
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readme, uniqueName } from './export-all'
import { unixEntry } from './zip-entry'

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

describe('zip entries', () => {
  it('are marked UTF-8 and made on Unix with rw-r--r--, so unzip tools read the Chinese names as written', () => {
    const name = '乡村振兴_新建高标准农田_2倍_2023-06-30.png'
    const zip = zipSync({ [name]: [new Uint8Array([1, 2, 3]), { ...unixEntry, level: 0 }] })
    const central = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1)
    const view = new DataView(zip.buffer, zip.byteOffset + central)
    expect(view.getUint8(5)).toBe(3) // version made by: Unix
    expect(view.getUint16(8, true) & 0x800).toBe(0x800) // general purpose flag bit 11: UTF-8 names
    expect(view.getUint32(38, true) >>> 16).toBe(0o100644)
    expect(Object.keys(unzipSync(zip))).toEqual([name])
  })
})
