// @vitest-environment node
// A chart's CSV is exactly its data table plus unit and source columns, with BOM and RFC 4180 quoting.
import { describe, expect, it } from 'vitest'
import type { ChartExportSpec } from '../chart-types'
import { chartCsv } from './chart-csv'

const spec: ChartExportSpec = {
  id: 'bullet-gdp',
  title: '地区生产总值增速',
  table: {
    columns: [
      { key: 'year', label: '年份' },
      { key: 'value', label: '数值' },
      { key: 'written', label: '报告原文' },
    ],
    rows: [
      { year: '2022年', value: 4.6, written: '增长4.6%' },
      { year: '2023年目标', value: 7.5, written: '增长7.5%左右，"稳"字当头' },
      { year: '2023年实际', value: null, written: '待监测' },
    ],
  },
}

describe('chartCsv', () => {
  it('writes the table rows with a 来源 column, and 单位 and 说明 when the chart has them', () => {
    expect(chartCsv({ ...spec, unit: '%', footnote: '2023年实际截至2023-06' })).toBe(
      '\uFEFF年份,数值,报告原文,单位,来源,说明\r\n' +
        '2022年,4.6,增长4.6%,%,祁东县2023年政府工作报告,2023年实际截至2023-06\r\n' +
        '2023年目标,7.5,"增长7.5%左右，""稳""字当头",%,祁东县2023年政府工作报告,2023年实际截至2023-06\r\n' +
        '2023年实际,,待监测,%,祁东县2023年政府工作报告,2023年实际截至2023-06\r\n',
    )
  })

  it('keeps a table’s own 单位 column instead of adding a second one', () => {
    const own = {
      ...spec,
      unit: '%',
      table: {
        columns: [
          { key: 'name', label: '指标' },
          { key: 'unit', label: '单位' },
        ],
        rows: [{ name: '粮食', unit: '万亩' }],
      },
    }
    expect(chartCsv(own)).toBe('\uFEFF指标,单位,来源\r\n粮食,万亩,祁东县2023年政府工作报告\r\n')
  })

  it('writes only the header when the filters leave no rows', () => {
    expect(chartCsv({ ...spec, table: { ...spec.table, rows: [] } })).toBe(
      '\uFEFF年份,数值,报告原文,来源\r\n',
    )
  })
})
