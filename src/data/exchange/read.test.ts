// @vitest-environment node
// Import accepts exactly what export writes, refuses anything else with a message naming the row, and never throws.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entriesArbitrary } from '../../../tests/fixtures/entry-arbitraries'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { entriesToCsv, entriesToJson, templateCsv } from './format'
import { planImport } from './plan'
import type { ReadResult } from './draft'
import { readExchangeFile } from './read'
import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import { monitoredItems } from '@/monitoring/item'

const list = monitoredItems(monitorDataset)
const items = new Map(list.map((t) => [t.id, t]))
const utf8 = (s: string) => new TextEncoder().encode(s)
const read = (name: string, text: string | Uint8Array) =>
  readExchangeFile(name, typeof text === 'string' ? utf8(text) : text, items)
const problems = (r: ReadResult) => (r.ok ? [] : r.problems.map((p) => `${p.where}：${p.message}`))

const minimal = '目标编号,截至月份,数值,口径,任务状态'
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n'
const plan = (r: ReadResult, existing: readonly ProgressEntry[] = []) => {
  if (!r.ok) throw new Error(problems(r).join('\n'))
  let n = 0
  return planImport(r.rows, existing, { now: '2023-08-01T00:00:00.000Z', newId: () => `new-${++n}` })
}

describe('refusals name the file or row and the problem', () => {
  it.each([
    [
      '进度.xls',
      'x',
      '文件：“进度.xls”不是 JSON、CSV 或 Excel 文件：只能导入扩展名为 .json、.csv 或 .xlsx 的文件（旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx）',
    ],
    ['a.csv', '', '文件：文件是空的'],
    ['a.json', '{"format": "qidong-targets-progress",\n}', '文件：不是有效的 JSON：第 2 行附近有语法错误'],
    [
      'a.json',
      '[1,2]',
      '文件：不是本看板导出的进度记录文件（缺少 "format": "qidong-targets-progress" 和 entries 列表）',
    ],
    [
      'a.json',
      '{"format":"qidong-targets-progress","version":2,"entries":[]}',
      '文件：文件格式版本为 2，来自更新版本的看板，本版本只能读取版本 1',
    ],
    [
      'a.csv',
      csv('目标编号,截至月份,数值,口径,任务状态,完成率'),
      '第 1 行：无法识别的列“完成率”（列名须与模板一致）',
    ],
    ['a.csv', csv('目标编号,截至月份,口径,任务状态'), '第 1 行：缺少“数值”列（请使用下载的模板）'],
    ['a.csv', csv('目标编号,截至月份,数值,数值,任务状态'), '第 1 行：列“数值”出现了两次'],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,6.5,预计,', 'gdp-growth-2023,"2023-07'),
      '第 3 行：引号未闭合',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,六点五,预计,'),
      '第 2 行：“六点五”不是有效的数字，请填写如 6.2 或 168 这样的数值',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,6.5亿元,,'),
      '第 2 行：单位不符：填写的是“亿元”，本项以“%”计，请换算后填写',
    ],
    [
      'a.csv',
      csv(minimal, 'urban-unemployment-rate-2023,2023-06,120,,'),
      '第 2 行：比率须在 0% 至 100% 之间，请核对',
    ],
    [
      'a.csv',
      csv(minimal, '', 'gdp-growth-2023,2023-13,6.5,,'),
      '第 3 行：截至月份“2023-13”无效，应为2023年内的月份，如 2023-06',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2024-01,6.5,,'),
      '第 2 行：截至月份“2024-01”无效，应为2023年内的月份，如 2023-06',
    ],
    ['a.csv', csv(minimal, 'gdp-growth-2023,,6.5,,'), '第 2 行：已填写数值或状态，但未填写截至月份'],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,6.5,估计,'),
      '第 2 行：口径“估计”无效，应为“预计”或“正式”',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,,,推进中'),
      '第 2 行：该项是指标，请填写数值，任务状态留空',
    ],
    [
      'a.csv',
      csv(minimal, 'task-xiangjiang-water-diversion,2023-06,3,,'),
      '第 2 行：该项是重点任务，请填写任务状态，数值留空',
    ],
    [
      'a.csv',
      csv(minimal, 'task-xiangjiang-water-diversion,2023-06,,,差不多'),
      '第 2 行：任务状态“差不多”无效，应为“未开始”“推进中”或“已完成”',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2022,2023-06,5,,'),
      '第 2 行：目标编号“gdp-growth-2022”不是2023年的目标或重点任务，请核对（可下载填报模板查看全部编号）',
    ],
    ['a.csv', csv(minimal, ',2023-06,5,,'), '第 2 行：未填写目标编号'],
    ['a.csv', csv(minimal, 'gdp-growth-2023,2023-06,5,,,多余'), '第 2 行：本行的列数多于表头'],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,6.5,,', 'gdp-growth-2023,2023/6,6.6,,'),
      '第 3 行：与第 2 行是同一目标、同一月份的记录，请只保留一行',
    ],
    [
      'a.csv',
      csv('记录编号,' + minimal + ',录入时间', 'e-1,gdp-growth-2023,2023-06,6.5,,,6月30日'),
      '第 2 行：录入时间“6月30日”无效，应为导出文件中的格式（如 2023-06-30T08:00:00.000Z），或留空',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,1e999,,'),
      '第 2 行：数值超出可记录的范围，请核对是否多写了位数',
    ],
    [
      'a.csv',
      csv(minimal, 'gdp-growth-2023,2023-06,2000,,'),
      '第 2 行：增速超过 1000%，不像是真实数据，请核对',
    ],
    [
      'a.csv',
      csv(minimal, 'retail-sales-2023,2023-06,168001,,'),
      '第 2 行：数值超过全年目标的 1000 倍，请核对单位和位数',
    ],
    [
      'a.json',
      '{"format":"qidong-targets-progress","version":1,"entries":[{"id":"a","type":"value","targetId":"gdp-growth-2023","asOf":"2023-06","value":1e999,"basis":"final","recordedAt":"2023-07-01T00:00:00.000Z"}]}',
      '第 1 条记录（编号 a）：value：数值超出可记录的范围，请核对是否多写了位数',
    ],
    [
      'a.json',
      '{"format":"qidong-targets-progress","version":1,"entries":[{"id":"a","type":"value","targetId":"retail-sales-2023","asOf":"2023-06","value":9e9,"basis":"final","recordedAt":"2023-07-01T00:00:00.000Z"}]}',
      '第 1 条记录（编号 a）：数值超过全年目标的 1000 倍，请核对单位和位数',
    ],
  ])('%s %j', (name, text, message) => {
    const result = read(name, text)
    expect(result.ok).toBe(false)
    expect(problems(result)).toContain(message)
  })

  it('names the JSON record and field, and checks the target as CSV does', () => {
    const entries = [
      {
        id: 'a',
        type: 'value',
        targetId: 'gdp-growth-2023',
        asOf: '2023-06',
        value: '6.5',
        basis: 'provisional',
        recordedAt: '2023-07-01T00:00:00.000Z',
      },
      {
        id: 'b',
        type: 'task',
        targetId: 'gdp-growth-2023',
        asOf: '2023-06',
        taskStatus: 'done',
        recordedAt: '2023-07-01T00:00:00.000Z',
      },
      {
        id: 'a',
        type: 'task',
        targetId: 'task-xiangjiang-water-diversion',
        asOf: '2023-06',
        taskStatus: 'done',
        recordedAt: '2023-07-01T00:00:00.000Z',
      },
    ]
    const result = read('a.json', JSON.stringify({ format: 'qidong-targets-progress', version: 1, entries }))
    expect(problems(result)).toEqual([
      '第 1 条记录（编号 a）：value：无效输入：期望 数字，实际接收 string',
      '第 2 条记录（编号 b）：该项是指标，记录类型（type）不符',
    ])
  })

  it('refuses a GBK-encoded CSV (Excel’s default on Chinese Windows) and points at the first such row', () => {
    // 祁东 in GBK is C6 EE B6 AB: not valid UTF-8.
    const gbk = new Uint8Array([
      ...utf8(csv(minimal, 'gdp-growth-2023,2023-06,6.5,,') + 'task-xiangjiang-water-diversion,2023-06,,,'),
      0xc6,
      0xee,
      0xb6,
      0xab,
    ])
    expect(new TextDecoder('gbk').decode(gbk.slice(-4))).toBe('祁东')
    expect(problems(read('a.csv', gbk))).toEqual([
      '文件：第 3 行起有无法识别的字符，文件可能是 GBK（ANSI）编码。请另存为 UTF-8 编码后再导入：Excel 选“CSV UTF-8（逗号分隔）”，WPS 选编码“UTF-8”。',
    ])
  })

  const zipHead = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
  const xlsxMessage = (name: string) =>
    `文件：“${name}”实际是 Excel 工作簿（.xlsx），不是 CSV 或 JSON：请把文件扩展名改回 .xlsx 后直接导入。`
  const utf16Message = (name: string) =>
    `文件：“${name}”是 UTF-16（Unicode）编码的文本，本看板只读 UTF-8。请在 Excel 中“另存为”选“CSV UTF-8（逗号分隔）”（不要选“Unicode 文本”），WPS 选编码“UTF-8”，再导入。`
  const utf16le = (text: string, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2)
    if (bom) out.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      out[(bom ? 2 : 0) + i * 2] = c & 0xff
      out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8
    }
    return out
  }

  it.each([
    [
      'an .xlsx workbook renamed .csv',
      '进度.csv',
      new Uint8Array([...zipHead, 1, 2, 3]),
      xlsxMessage('进度.csv'),
    ],
    [
      'an .xlsx workbook renamed .json',
      '进度.json',
      new Uint8Array([...zipHead, 1, 2, 3]),
      xlsxMessage('进度.json'),
    ],
    [
      'an old .xls workbook',
      '进度.csv',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      '文件：“进度.csv”实际是旧版 Excel 工作簿（.xls），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx（或“CSV UTF-8（逗号分隔）”）再导入。',
    ],
    ['UTF-16 with a BOM (Excel “Unicode 文本”)', 'a.csv', utf16le(csv(minimal), true), utf16Message('a.csv')],
    [
      'UTF-16 without a BOM',
      'a.csv',
      utf16le(csv(minimal, 'gdp-growth-2023,2023-06,6.5,,'), false),
      utf16Message('a.csv'),
    ],
    [
      'a PNG renamed .csv',
      'a.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      '文件：“a.csv”不是文本文件（内容是二进制数据，可能是图片、压缩包或其他程序的文件），无法读取。请导入本看板导出的 JSON 或填写好的 CSV 模板。',
    ],
  ])('names %s as such, not as possibly GBK', (_, name, bytes, message) => {
    expect(problems(read(name, bytes))).toEqual([message])
  })

  it.each([0, -1, 1.5, '1', null])('refuses JSON format version %j with its own message', (version) => {
    const text = JSON.stringify({ format: 'qidong-targets-progress', version, entries: [] })
    expect(problems(read('a.json', text))).toEqual([
      `文件：文件格式版本“${JSON.stringify(version)}”无效：应为 1 这样的正整数。文件可能被手工改动过，请重新从看板导出。`,
    ])
  })

  it('refuses a file over the 5 MB limit', () => {
    expect(problems(read('a.csv', new Uint8Array(5 * 1024 * 1024 + 1)))).toEqual([
      '文件：文件过大（5.0 MB），导入文件不能超过 5.0 MB',
    ])
  })
})

describe('what is accepted', () => {
  it('reads a filled-in template: unfilled rows skipped, labels, spreadsheet months and full-width digits understood', () => {
    const rows = templateCsv(list).split('\r\n')
    rows[1] = rows[1]!.replace(/,,,,,,,,,,$/, ',2023年6月,８,正式,,,,,,,')
    rows[3] = rows[3]!.replace(
      /,,,,,,,,,,$/,
      ',2023/6/30,,,推进中,征地完成,,"加快施工,确保年底通水","已完成征地,正在施工",,',
    )
    const result = read('模板.csv', rows.join('\r\n'))
    expect(result).toMatchObject({ ok: true, skipped: list.length - 2 })
    expect(plan(result).added).toEqual([
      {
        type: 'value',
        targetId: 'new-large-industrial-firms-2023',
        asOf: '2023-06',
        value: 8,
        basis: 'final',
        id: 'new-1',
        recordedAt: '2023-08-01T00:00:00.000Z',
      },
      {
        type: 'task',
        targetId: 'task-xiangjiang-water-diversion',
        asOf: '2023-06',
        taskStatus: 'in_progress',
        situation: '征地完成',
        nextSteps: '加快施工,确保年底通水',
        note: '已完成征地,正在施工',
        id: 'new-2',
        recordedAt: '2023-08-01T00:00:00.000Z',
      },
    ])
  })

  it('reads a value row with 口径 left empty as 预计', () => {
    expect(plan(read('a.csv', csv(minimal, 'gdp-growth-2023,2023-06,6.5,,'))).added[0]).toMatchObject({
      basis: 'provisional',
    })
  })
})

describe('round trips and robustness (property-based)', () => {
  it('JSON export → import is a no-op: 0 added, 0 changed', () => {
    fc.assert(
      fc.property(entriesArbitrary(list), (entries) => {
        const p = plan(read('a.json', entriesToJson(entries, '2023-08-01T00:00:00.000Z')), entries)
        expect([p.added.length, p.changed.length, p.unchanged]).toEqual([0, 0, entries.length])
      }),
    )
  })

  it('CSV export → import is a no-op: 0 added, 0 changed', () => {
    fc.assert(
      fc.property(entriesArbitrary(list), (entries) => {
        const p = plan(read('a.csv', entriesToCsv(entries, list)), entries)
        expect([p.added.length, p.changed.length, p.unchanged]).toEqual([0, 0, entries.length])
      }),
    )
  })

  it('JSON and CSV exports import into an empty store as the same entries', () => {
    fc.assert(
      fc.property(entriesArbitrary(list), (entries) => {
        const sort = (es: ProgressEntry[]) => [...es].sort((a, b) => a.id.localeCompare(b.id))
        expect(sort(plan(read('a.csv', entriesToCsv(entries, list))).added)).toEqual(sort(entries))
        expect(sort(plan(read('a.json', entriesToJson(entries, 'x'))).added)).toEqual(sort(entries))
      }),
    )
  })

  // Whatever the file, reading and planning never throw, never touch the existing entries, and only ever
  // propose entries that are valid for their target.
  const neverHarms = (name: string, bytes: Uint8Array, existing: ProgressEntry[]) => {
    const before = structuredClone(existing)
    const result = readExchangeFile(name, bytes, items)
    if (result.ok) {
      const p = plan(result, Object.freeze(existing))
      for (const e of [...p.added, ...p.changed.map((c) => c.after)]) {
        expect(progressEntrySchema.safeParse(e).success).toBe(true)
        expect(items.has(e.targetId)).toBe(true)
      }
    } else expect(result.problems.length).toBeGreaterThan(0)
    expect(existing).toEqual(before)
  }

  it('random bytes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.csv', 'a.json', 'a.bin'),
        fc.uint8Array({ maxLength: 300 }),
        entriesArbitrary(list),
        neverHarms,
      ),
    )
  })

  it('random JSON, and exports with random damage', () => {
    const damaged = entriesArbitrary(list).chain((entries) =>
      fc.tuple(fc.nat(), fc.jsonValue()).map(([i, junk]) =>
        entries.length
          ? JSON.stringify({
              format: 'qidong-targets-progress',
              version: 1,
              entries: entries.map((e, j) =>
                j === i % entries.length ? { ...e, value: junk, taskStatus: junk } : e,
              ),
            })
          : JSON.stringify(junk),
      ),
    )
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged), entriesArbitrary(list), (text, existing) => {
        neverHarms('a.json', utf8(text), existing)
      }),
    )
  })

  it('random CSV: random columns from the format or not, random cells, some of them plausible', () => {
    const names = [
      '记录编号',
      '目标编号',
      '截至月份',
      '数值',
      '口径',
      '任务状态',
      '备注',
      '来源',
      '录入时间',
      '领域',
      '完成率',
      '',
    ]
    const cell = fc.oneof(
      fc.constantFrom(
        ...list.map((t) => t.id),
        '2023-06',
        '2023年3月',
        '2024-01',
        '6.5',
        '-1',
        '1e400',
        '预计',
        '正式',
        '推进中',
        '已完成',
        '2023-07-01T00:00:00.000Z',
        '',
      ),
      fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '.', '-', '祁') }),
    )
    const table = fc.tuple(
      fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 10 }),
      fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 8 }),
    )
    fc.assert(
      fc.property(table, entriesArbitrary(list), ([head, rows], existing) => {
        const text = [head, ...rows].map((r) => r.join(',')).join('\r\n')
        neverHarms('a.csv', utf8(text), existing)
      }),
    )
  })
})
