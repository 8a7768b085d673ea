// @vitest-environment node
// Export writes the documented formats byte for byte, and the template lists every 2023 target and task.
import { describe, expect, it } from 'vitest'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { parseCsv } from '@/lib/csv'
import { loadDataset } from '@/data/dataset/load-dataset'
import { entriesToCsv, entriesToJson, templateCsv } from './format'
import type { ProgressEntry } from '@/data/dataset/schema'
import { monitoredItems } from '@/monitoring/item'

const items = monitoredItems(monitorDataset)

const entries: ProgressEntry[] = [
  {
    id: 'e-2',
    type: 'task',
    targetId: 'task-xiangjiang-water-diversion',
    asOf: '2023-06',
    taskStatus: 'in_progress',
    situation: '主体工程过半',
    problems: '资金,缺口',
    note: '第一行\n第二行',
    recordedAt: '2023-07-02T01:00:00.000Z',
  },
  {
    id: 'e-1',
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-03',
    value: 6.2,
    basis: 'provisional',
    note: '含"预计"数,待核',
    source: '县统计局',
    recordedAt: '2023-04-10T08:30:00.000Z',
  },
  {
    id: 'e-3',
    type: 'value',
    targetId: 'retail-sales-2023',
    asOf: '2023-06',
    value: 80.5,
    basis: 'final',
    note: '-较上月回落',
    recordedAt: '2023-07-01T00:00:00.000Z',
  },
]

const header =
  '记录编号,领域,目标编号,目标名称,类型,单位,2023年目标,截至月份,数值,口径,任务状态,进展情况,存在问题,下一步措施,备注,来源,录入时间\r\n'

describe('entriesToCsv', () => {
  it('writes BOM, Chinese header, rows in report order, quoting commas, quotes and line breaks', () => {
    expect(entriesToCsv(entries, items)).toBe(
      '\uFEFF' +
        header +
        "e-3,产业发展,retail-sales-2023,社会消费品零售总额,指标,亿元,突破168亿元,2023-06,80.5,正式,,,,,'-较上月回落,,2023-07-01T00:00:00.000Z\r\n" +
        'e-2,项目园区,task-xiangjiang-water-diversion,加快湘江引水工程建设,任务,,,2023-06,,,推进中,主体工程过半,"资金,缺口",,"第一行\n第二行",,2023-07-02T01:00:00.000Z\r\n' +
        'e-1,综合经济,gdp-growth-2023,地区生产总值增速,指标,%,7.5%左右,2023-03,6.2,预计,,,,,"含""预计""数,待核",县统计局,2023-04-10T08:30:00.000Z\r\n',
    )
  })
})

describe('entriesToJson', () => {
  it('wraps every entry, unaltered, in the versioned envelope', () => {
    const json: unknown = JSON.parse(entriesToJson(entries, '2023-07-03T00:00:00.000Z'))
    expect(json).toEqual({
      format: 'qidong-targets-progress',
      version: 1,
      exportedAt: '2023-07-03T00:00:00.000Z',
      entries,
    })
  })
})

describe('templateCsv', () => {
  it('has one row per 2023 target and task of the real dataset, with its figure as the report writes it', () => {
    const dataset = loadDataset()
    const rows = parseCsv(templateCsv(monitoredItems(dataset)))
    const targetCount = dataset.indicators.filter((i) => i.year === 2023 && i.kind === 'target').length
    expect(rows).toHaveLength(1 + targetCount + dataset.tasks.length)
    const ids = rows.slice(1).map((r) => r[2])
    expect(new Set(ids)).toEqual(
      new Set([...dataset.indicators.filter((i) => i.kind === 'target'), ...dataset.tasks].map((t) => t.id)),
    )
    // Columns to fill are empty.
    for (const row of rows.slice(1)) expect(row.slice(7)).toEqual(Array<string>(10).fill(''))
  })

  it('writes id, name, unit and the target figure verbatim for the fixture', () => {
    const rows = parseCsv(templateCsv(items))
    expect(rows.slice(1).map((r) => r.slice(1, 7))).toEqual([
      ['产业发展', 'new-large-industrial-firms-2023', '新增规模工业企业', '指标', '家', '15家以上'],
      ['产业发展', 'retail-sales-2023', '社会消费品零售总额', '指标', '亿元', '突破168亿元'],
      ['项目园区', 'task-xiangjiang-water-diversion', '加快湘江引水工程建设', '任务', '', ''],
      ['民生保障', 'urban-unemployment-rate-2023', '城镇调查失业率', '指标', '%', '5.6%以内'],
      ['综合经济', 'gdp-growth-2023', '地区生产总值增速', '指标', '%', '7.5%左右'],
    ])
  })
})
