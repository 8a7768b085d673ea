// @vitest-environment node
// CSV text is byte-exact RFC 4180 with a UTF-8 BOM: Excel/WPS open it with Chinese intact and cells unsplit; parseCsv reads back whatever toCsv writes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvSyntaxError, csvText, parseCsv, toCsv } from './csv'

describe('toCsv', () => {
  it('writes BOM, CRLF rows and quotes only the cells that need it', () => {
    const csv = toCsv([
      ['指标', '数值', '说明'],
      ['地区生产总值', 359.07, '增长7.5%左右'],
      ['含逗号', 1, 'a,b'],
      ['含引号', -2.5, '他说"好"'],
      ['含换行', 0, '第一行\n第二行'],
      ['空值', null, undefined],
      ['首尾空格', true, ' x '],
    ])
    expect(csv).toBe(
      '\uFEFF指标,数值,说明\r\n' +
        '地区生产总值,359.07,增长7.5%左右\r\n' +
        '含逗号,1,"a,b"\r\n' +
        '含引号,-2.5,"他说""好"""\r\n' +
        '含换行,0,"第一行\n第二行"\r\n' +
        '空值,,\r\n' +
        '首尾空格,true," x "\r\n',
    )
  })

  it('writes an empty string cell as nothing and a non-finite number as empty', () => {
    expect(toCsv([['', Number.NaN]])).toBe('\uFEFF,\r\n')
  })

  it('defuses text a spreadsheet would run as a formula, but never a number', () => {
    expect(toCsv([['=SUM(A1)', '-较上月回落', '@x', "'=a", -3, 'a=b']])).toBe(
      "\uFEFF'=SUM(A1),'-较上月回落,'@x,''=a,-3,a=b\r\n",
    )
  })
})

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, embedded line ends, any line ending and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c"\r\n"x""y","1\r\n2"\n\nlast,\r')).toEqual([
      ['a', 'b,c'],
      ['x"y', '1\r\n2'],
      [''],
      ['last', ''],
    ])
  })

  it('names the row of a broken quote', () => {
    expect(() => parseCsv('a,b\r\nc,"d\r\n')).toThrow(new CsvSyntaxError(2, '引号未闭合'))
    expect(() => parseCsv('a,b\r\nc,d\r\ne,"f"g\r\n')).toThrow(/^第 3 行：/)
    expect(() => parseCsv('a,x"y\r\n')).toThrow(/^第 1 行：/)
  })

  it('round-trips any table of strings through toCsv, formula guard included', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '祁', ',', '"', '\r', '\n', "'", '=', '-', ' ', '@'),
    })
    const table = fc.array(fc.array(text, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsv(toCsv(rows)).map((r) => r.map(csvText))).toEqual(rows)
      }),
    )
  })

  it('throws nothing but CsvSyntaxError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF') }), (s) => {
        try {
          parseCsv(s)
        } catch (e) {
          expect(e).toBeInstanceOf(CsvSyntaxError)
        }
      }),
    )
  })
})
