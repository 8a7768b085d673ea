// CSV text is byte-exact RFC 4180 with a UTF-8 BOM: Excel/WPS open it with Chinese intact and cells unsplit.
import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

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
})
