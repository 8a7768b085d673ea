// @vitest-environment node
// 催报 names each 牵头单位 that owes the period due at 本期 under the item's own frequency, and nobody else.
import { describe, expect, it } from 'vitest'
import type { TaskEntry } from '@/data/dataset/schema'
import { chaseAt, chaseMessage, dueDateText, itemsOfUnit, reportingHistory } from './chase'
import { periodMonth, type Frequency } from './period'
import type { Assignment } from './responsibility'
import { frequenciesOf } from './status'
import { statusesById } from './status'

const items = [
  { id: 'new-urban-jobs-2023', name: '新增城镇就业' },
  { id: 'gdp-growth-2023', name: '地区生产总值增速' },
  { id: 'task-a', name: '湘江引水工程' },
  { id: 'task-b', name: '高标准农田建设' },
]
const assign = (
  itemId: string,
  leadUnit: string | undefined,
  frequency: Frequency,
  partners: string[] = [],
) =>
  ({
    itemId,
    ...(leadUnit && { leadUnit }),
    partnerUnits: partners,
    frequency,
    nodes: [],
    subItems: [],
  }) satisfies Assignment
const rec = (
  targetId: string,
  asOf: string,
  recordedAt = `${asOf}-20T00:00:00.000Z`,
  taskStatus: TaskEntry['taskStatus'] = 'in_progress',
): TaskEntry => ({ id: `${targetId}@${asOf}`, type: 'task', targetId, asOf, taskStatus, recordedAt })
/** The 催报 as the app builds it: 未报送 from the status rule over the same records (all items here are tasks) */
const chaseOf = (
  list: readonly { id: string; name: string }[],
  assignments: Assignment[],
  records: readonly TaskEntry[],
  period: string,
  dueDay: number,
) => {
  const settings = { month: periodMonth(period), tolerancePp: 5, frequencies: frequenciesOf(assignments) }
  const ids = list.map((i) => i.id)
  return chaseAt(list, statusesById([], ids, records, settings), assignments, records, period, dueDay)
}

describe('itemsOfUnit', () => {
  it('takes the items a unit leads or supports, in report order, and says which', () => {
    const assignments = [
      assign('gdp-growth-2023', '县统计局', 'quarterly', ['县发改局']),
      assign('new-urban-jobs-2023', '县人社局', 'monthly'),
      assign('task-a', '县水利局', 'monthly', ['县统计局']),
    ]
    expect(itemsOfUnit(items, assignments, '县统计局').map((i) => [i.name, i.role])).toEqual([
      ['地区生产总值增速', 'lead'],
      ['湘江引水工程', 'partner'],
    ])
    expect(itemsOfUnit(items, assignments, '县教育局')).toEqual([])
  })
})

describe('chaseAt: who owes what at 本期', () => {
  // [case, frequency, records, 本期, expected: 'missing' | 'late' | 'none', due period]
  it.each([
    ['monthly, reported for 本期', 'monthly', [rec('x', '2023-09')], '2023-09', 'none', ''],
    ['monthly, last figure for 8月', 'monthly', [rec('x', '2023-08')], '2023-09', 'missing', '2023-09'],
    ['monthly, nothing at all', 'monthly', [], '2023-01', 'missing', '2023-01'],
    [
      'monthly, recorded on the due day',
      'monthly',
      [rec('x', '2023-09', '2023-09-25T12:00:00')],
      '2023-09',
      'none',
      '',
    ],
    [
      'monthly, recorded the day after',
      'monthly',
      [rec('x', '2023-09', '2023-09-26T08:00:00')],
      '2023-09',
      'late',
      '2023-09',
    ],
    ['quarterly, Q2 figure still due in 8月', 'quarterly', [rec('x', '2023-06')], '2023-08', 'none', ''],
    [
      'quarterly, Q2 figure at the end of Q3',
      'quarterly',
      [rec('x', '2023-06')],
      '2023-09',
      'missing',
      '2023-09',
    ],
    ['quarterly, nothing due in 2月', 'quarterly', [], '2023-02', 'none', ''],
    ['quarterly, nothing in 3月', 'quarterly', [], '2023-03', 'missing', '2023-03'],
    ['half-yearly, 6月 figure in 11月', 'half-yearly', [rec('x', '2023-06')], '2023-11', 'none', ''],
    [
      'half-yearly, 6月 figure in 12月',
      'half-yearly',
      [rec('x', '2023-06')],
      '2023-12',
      'missing',
      '2023-12',
    ],
    ['yearly, nothing before 12月', 'yearly', [], '2023-11', 'none', ''],
    ['yearly, 12月 without a figure', 'yearly', [rec('x', '2023-11')], '2023-12', 'missing', '2023-12'],
  ] as const)('%s', (_, frequency, records, period, expected, due) => {
    const chase = chaseOf(
      [{ id: 'x', name: '事项' }],
      [assign('x', '县某局', frequency)],
      records,
      period,
      25,
    )
    const owed = { unit: '县某局', items: [{ id: 'x', name: '事项', due, state: expected }] }
    expect(chase.missing).toEqual(expected === 'missing' ? [owed] : [])
    expect(chase.late).toEqual(expected === 'late' ? [owed] : [])
  })

  it('lists each owed item once, under its 牵头单位 (not its partners), units in name order', () => {
    const assignments = [
      assign('new-urban-jobs-2023', '县人社局', 'monthly', ['县统计局']),
      assign('gdp-growth-2023', '县统计局', 'quarterly'),
      assign('task-a', '县人社局', 'monthly'),
      assign('task-b', undefined, 'monthly', ['县农业农村局']),
    ]
    const chase = chaseOf(items, assignments, [rec('task-a', '2023-09')], '2023-09', 25)
    expect(chase.missing.map((u) => [u.unit, u.items.map((i) => i.name)])).toEqual([
      ['县人社局', ['新增城镇就业']],
      ['县统计局', ['地区生产总值增速']],
    ])
    // Without a 牵头单位 nobody can be chased: the item is counted apart
    expect(chase.unassigned.map((i) => i.name)).toEqual(['高标准农田建设'])
  })

  it('chases exactly the items the status rule calls 未报送: a settled 已完成 owes no further report', () => {
    const assignments = [assign('task-a', '县水利局', 'monthly'), assign('task-b', '县农业农村局', 'monthly')]
    const records = [rec('task-a', '2023-03', undefined, 'done'), rec('task-b', '2023-03')]
    const chase = chaseOf(items.slice(2), assignments, records, '2023-09', 25)
    expect(chase.missing.map((u) => [u.unit, u.items.map((i) => i.name)])).toEqual([
      ['县农业农村局', ['高标准农田建设']],
    ])
  })
})

describe('the 催报通知', () => {
  it('names each unit with its items and periods, the 截止日, the office and the date', () => {
    const chase = chaseOf(
      items.slice(0, 2),
      [
        assign('new-urban-jobs-2023', '县人社局', 'monthly'),
        assign('gdp-growth-2023', '县统计局', 'quarterly'),
      ],
      [],
      '2023-11',
      20,
    )
    expect(dueDateText('2023-11', 20)).toBe('2023年11月20日')
    expect(
      chaseMessage(chase.missing, '2023-11', 20, {
        issuer: '祁东县人民政府督查室',
        today: new Date(2023, 10, 22),
      }),
    ).toBe(
      [
        '【催报通知】',
        '各有关单位：',
        '2023年政府工作报告目标任务11月进展情况报送截止日为2023年11月20日。截至目前，以下单位尚有事项未报送：',
        '1. 县人社局：新增城镇就业（1—11月）',
        '2. 县统计局：地区生产总值增速（1—9月）',
        '请以上单位在收到通知后立即填报“数值（或任务状态）、进展情况、存在问题、下一步措施”，经单位主要负责人审核后报送。逾期未报的，将在通报中点名。',
        '祁东县人民政府督查室',
        '2023年11月22日',
      ].join('\n'),
    )
  })
})

describe('reportingHistory: each period due so far, by the item’s own frequency', () => {
  const records = [rec('x', '2023-03'), rec('x', '2023-05', '2023-06-02T00:00:00.000Z'), rec('x', '2023-09')]
  it.each([
    ['monthly', '2023-05', 'missing missing reported missing late'],
    ['quarterly', '2023-09', 'reported missing reported'],
    ['quarterly', '2023-02', ''],
    ['half-yearly', '2023-12', 'missing missing'],
    ['yearly', '2023-12', 'missing'],
  ] as const)('%s at %s', (frequency, period, states) => {
    const history = reportingHistory(records, period, frequency, 25)
    const expected =
      frequency === 'monthly' ? ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05'] : undefined
    if (expected) expect(history.map((h) => h.period)).toEqual(expected)
    expect(history.map((h) => h.state).join(' ')).toBe(states)
  })
})
