// @vitest-environment node
// Every target gets exactly one status at 本期 from its latest entry for the period due, by the documented rule, at every boundary.
import { describe, expect, it } from 'vitest'
import { defaultPeriod, periodMonth } from './period'
import type { Indicator, ProgressEntry } from '@/data/dataset/schema'
import {
  bandOf,
  countStatuses,
  goalOf,
  indicatorStatus,
  isSettled,
  latestEntry,
  meetsTarget,
  paceOfCumulative,
  paceOfRate,
  statusesById,
  STATUSES,
  taskStatus,
  withoutRecord,
} from './status'

const target = (spec: Partial<Indicator> & Pick<Indicator, 'id' | 'measure' | 'value'>): Indicator => ({
  sector: 'economy',
  name: spec.id,
  year: 2023,
  kind: 'target',
  written: String(spec.value),
  unit: '%',
  comparator: 'exact',
  direction: 'higher_is_better',
  quote: spec.id,
  ...spec,
})

let seq = 0
const value = (targetId: string, month: number, v: number, basis: 'provisional' | 'final' = 'provisional') =>
  ({
    id: `e${++seq}`,
    targetId,
    type: 'value',
    asOf: `2023-${String(month).padStart(2, '0')}`,
    value: v,
    basis,
    recordedAt: `2024-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  }) satisfies ProgressEntry
const task = (targetId: string, month: number, taskStatus: 'not_started' | 'in_progress' | 'done') =>
  ({
    id: `t${++seq}`,
    targetId,
    type: 'task',
    asOf: `2023-${String(month).padStart(2, '0')}`,
    taskStatus,
    recordedAt: '2024-01-01T00:00:00.000Z',
  }) satisfies ProgressEntry

describe('goalOf: comparator × direction', () => {
  it.each([
    ['at_least', 'higher_is_better', 'floor'],
    ['at_least', 'lower_is_better', 'floor'],
    ['at_most', 'higher_is_better', 'ceiling'],
    ['at_most', 'lower_is_better', 'ceiling'],
    ['about', 'higher_is_better', 'band_higher'],
    ['about', 'lower_is_better', 'band_lower'],
    ['exact', 'higher_is_better', 'floor'],
    ['exact', 'lower_is_better', 'ceiling'],
  ] as const)('%s + %s → %s', (comparator, direction, goal) => {
    expect(goalOf(comparator, direction)).toBe(goal)
  })
})

describe('paceOfRate: rates read as they stand, band 0.5 pp', () => {
  it.each([
    // goal, target, value, expected
    ['floor', 9.5, 9.5, 'on_track'], // exactly on target
    ['floor', 9.5, 9.49, 'behind'],
    ['floor', 9.5, 10, 'on_track'], // one band above: still 达进度
    ['floor', 9.5, 10.01, 'ahead'],
    ['ceiling', 5.6, 5.6, 'on_track'],
    ['ceiling', 5.6, 5.61, 'behind'],
    ['ceiling', 5.6, 5.1, 'on_track'],
    ['ceiling', 5.6, 5.09, 'ahead'],
    ['band_higher', 7.5, 7.5, 'on_track'],
    ['band_higher', 7.5, 7, 'on_track'], // edge of 左右
    ['band_higher', 7.5, 6.99, 'behind'],
    ['band_higher', 7.5, 8, 'on_track'],
    ['band_higher', 7.5, 8.01, 'ahead'],
    ['band_lower', 5.6, 6.1, 'on_track'],
    ['band_lower', 5.6, 6.11, 'behind'],
    ['band_lower', 5.6, 5.1, 'on_track'],
    ['band_lower', 5.6, 5.09, 'ahead'],
  ] as const)('%s %d, value %d → %s', (goal, t, v, pace) => {
    expect(paceOfRate(v, t, goal, 0.5)).toBe(pace)
  })
})

describe('meetsTarget: full-year values', () => {
  it.each([
    ['floor', 9.5, 9.5, true],
    ['floor', 9.5, 9.49, false],
    ['ceiling', 5.6, 5.6, true],
    ['ceiling', 5.6, 5.61, false],
    ['band_higher', 7.5, 7, true],
    ['band_higher', 7.5, 6.99, false],
    ['band_higher', 7.5, 9, true], // beating a 左右 target counts as done
    ['band_lower', 5.6, 6.1, true],
    ['band_lower', 5.6, 6.11, false],
    ['band_lower', 5.6, 3, true],
  ] as const)('%s %d, value %d → %s', (goal, t, v, ok) => {
    expect(meetsTarget(v, t, goal, 0.5)).toBe(ok)
  })
})

describe('paceOfCumulative: completion against 序时进度, tolerance 5 pp', () => {
  it.each([
    // goal, month, value (target 100), expected
    ['floor', 6, 50, 'on_track'], // exactly on schedule
    ['floor', 6, 55, 'on_track'], // exactly at +tolerance
    ['floor', 6, 55.01, 'ahead'],
    ['floor', 6, 45, 'on_track'], // exactly at −tolerance
    ['floor', 6, 44.99, 'behind'],
    ['floor', 0, 0, 'on_track'], // month 0: nothing expected yet
    ['floor', 0, 5.01, 'ahead'],
    ['floor', 12, 100, 'on_track'], // month 12: the whole target expected
    ['floor', 12, 95, 'on_track'],
    ['floor', 12, 94.99, 'behind'],
    ['floor', 12, 105.01, 'ahead'],
    ['band_higher', 6, 44.99, 'behind'],
    ['ceiling', 6, 50, 'on_track'],
    ['ceiling', 6, 55.01, 'behind'], // using a cap faster than the calendar
    ['ceiling', 6, 44.99, 'ahead'],
    ['ceiling', 12, 101, 'behind'], // within tolerance but over the cap
    ['ceiling', 0, 0, 'on_track'],
    ['band_lower', 6, 55.01, 'behind'],
  ] as const)('%s, month %d, %d of 100 → %s', (goal, month, v, pace) => {
    expect(paceOfCumulative(v, 100, goal, month, 5).pace).toBe(pace)
  })

  it('reports completion and schedule in percent, and honours a zero tolerance', () => {
    expect(paceOfCumulative(30, 60, 'floor', 3, 5)).toEqual({ pace: 'ahead', completion: 50, schedule: 25 })
    expect(paceOfCumulative(50.01, 100, 'floor', 6, 0).pace).toBe('ahead')
    expect(paceOfCumulative(50, 100, 'floor', 6, 0).pace).toBe('on_track')
  })
})

const gdp = target({ id: 'gdp', measure: 'growth_pct', value: 7.5, comparator: 'about', qualifier: '左右' })
const unemployment = target({
  id: 'unemp',
  measure: 'share_pct',
  value: 5.6,
  comparator: 'at_most',
  direction: 'lower_is_better',
})
const air = target({ id: 'air', measure: 'share_pct', value: 94, comparator: 'at_least' })
const firms = target({ id: 'firms', measure: 'count', value: 15, unit: '家', comparator: 'at_least' })
const farmland = target({ id: 'farm', measure: 'level', value: 4.6, unit: '万亩' })
const grain = target({ id: 'grain', measure: 'level', value: 45, unit: '万吨', comparator: 'about' })
const landCap = target({
  id: 'land',
  measure: 'level',
  value: 100,
  unit: '公顷',
  comparator: 'at_most',
  direction: 'lower_is_better',
})
const rank = target({
  id: 'rank',
  measure: 'rank',
  value: 10,
  unit: '名',
  comparator: 'at_most',
  direction: 'lower_is_better',
})
const points = target({ id: 'pp', measure: 'change_pp', value: 1.02, unit: '百分点' })

describe('indicatorStatus: each measure from its latest entry', () => {
  it.each([
    // name, target, entries, 本期 month, expected (these ids report monthly)
    ['no entry, its monthly periods due: 未报送', gdp, [], 6, 'unreported'],
    ['growth 左右, provisional below the band', gdp, [value('gdp', 6, 6.2)], 6, 'behind'],
    ['growth 左右, final December below the band', gdp, [value('gdp', 12, 6.2, 'final')], 12, 'missed'],
    ['growth 左右, final December at the band edge', gdp, [value('gdp', 12, 7, 'final')], 12, 'done'],
    ['growth, final before December is still in-year', gdp, [value('gdp', 6, 6.2, 'final')], 6, 'behind'],
    ['growth, provisional December is not final', gdp, [value('gdp', 12, 7.5)], 12, 'on_track'],
    ['monthly: this month reported', gdp, [value('gdp', 6, 7.5)], 6, 'on_track'],
    ['monthly: only last month reported is 未报送', gdp, [value('gdp', 5, 7.5)], 6, 'unreported'],
    ['a final December value is final', gdp, [value('gdp', 12, 7.5, 'final')], 12, 'done'],
    ['entries after the evaluation month are ignored', gdp, [value('gdp', 9, 8)], 6, 'unreported'],
    ['share 以内 (lower is better), below', unemployment, [value('unemp', 6, 5)], 6, 'ahead'],
    ['share 以内, above the ceiling', unemployment, [value('unemp', 6, 5.8)], 6, 'behind'],
    ['share 以内, final exactly on target', unemployment, [value('unemp', 12, 5.6, 'final')], 12, 'done'],
    ['share 以内, final just above', unemployment, [value('unemp', 12, 5.7, 'final')], 12, 'missed'],
    ['share 以上, just below the floor', air, [value('air', 6, 93.9)], 6, 'behind'],
    ['share 以上, final exactly on target', air, [value('air', 12, 94, 'final')], 12, 'done'],
    ['count 以上, on schedule', firms, [value('firms', 6, 8)], 6, 'on_track'],
    ['count 以上, provisional target reached', firms, [value('firms', 6, 15)], 6, 'ahead'],
    ['count 以上, final target reached early', firms, [value('firms', 6, 15, 'final')], 6, 'done'],
    ['count, early final stays done when old', firms, [value('firms', 6, 15, 'final')], 12, 'done'],
    ['count 以上, final December short', firms, [value('firms', 12, 14, 'final')], 12, 'missed'],
    ['count, provisional months old is 未报送', firms, [value('firms', 2, 14)], 9, 'unreported'],
    ['level exact, final on target', farmland, [value('farm', 12, 4.6, 'final')], 12, 'done'],
    ['level exact, final short', farmland, [value('farm', 12, 4.5, 'final')], 12, 'missed'],
    ['level 左右, final at the 2% band edge', grain, [value('grain', 12, 44.1, 'final')], 12, 'done'],
    ['level 左右, final just outside the band', grain, [value('grain', 12, 44.09, 'final')], 12, 'missed'],
    ['level 以内, used faster than the calendar', landCap, [value('land', 6, 60)], 6, 'behind'],
    ['level 以内, final cap broken early', landCap, [value('land', 9, 101, 'final')], 9, 'missed'],
    ['level 以内, final December on the cap', landCap, [value('land', 12, 100, 'final')], 12, 'done'],
    ['rank 以内, better than the target', rank, [value('rank', 6, 8)], 6, 'ahead'],
    ['rank 以内, exactly the target', rank, [value('rank', 6, 10)], 6, 'on_track'],
    ['rank 以内, worse', rank, [value('rank', 6, 11)], 6, 'behind'],
    ['rank, final on target', rank, [value('rank', 12, 10, 'final')], 12, 'done'],
    ['rank, final worse', rank, [value('rank', 12, 11, 'final')], 12, 'missed'],
    ['change in points, exactly on target', points, [value('pp', 6, 1.02)], 6, 'on_track'],
  ] as const)('%s', (_name, t, entries, month, expected) => {
    expect(indicatorStatus(t, entries, { month, tolerancePp: 5 }).status).toBe(expected)
  })

  it('takes the latest as-of month, then the latest recorded, and ignores other targets and tasks', () => {
    const older = { ...value('gdp', 6, 6), recordedAt: '2024-01-01T00:00:00.000Z' }
    const newer = { ...value('gdp', 6, 7.5), recordedAt: '2024-02-01T00:00:00.000Z' }
    const earlierMonth = { ...value('gdp', 3, 9), recordedAt: '2024-03-01T00:00:00.000Z' }
    const entries = [older, newer, earlierMonth, value('other', 6, 1), task('gdp', 6, 'done')]
    const result = indicatorStatus(gdp, entries, { month: 12, tolerancePp: 5 })
    expect(result.entry).toBe(newer)
    expect(result).toMatchObject({ status: 'unreported', age: 6, missing: 6 })
    expect(latestEntry(entries, 5)).toBe(earlierMonth)
  })

  it('explains a cumulative status with completion and schedule', () => {
    const result = indicatorStatus(firms, [value('firms', 6, 6)], { month: 6, tolerancePp: 5 })
    expect(result).toMatchObject({
      status: 'behind',
      detail: { kind: 'cumulative', completion: 40, schedule: 50 },
    })
  })

  it('uses the tolerance setting', () => {
    const entries = [value('firms', 6, 6)] // 40% against 50%
    expect(indicatorStatus(firms, entries, { month: 6, tolerancePp: 10 }).status).toBe('on_track')
    expect(indicatorStatus(firms, entries, { month: 6, tolerancePp: 9.9 }).status).toBe('behind')
  })
})

describe('taskStatus', () => {
  it.each([
    ['no entry, its monthly periods due: 未报送', [], 6, 'unreported'],
    ['done is final, however old', [task('k', 3, 'done')], 12, 'done'],
    ['done in December is done, not 未完成', [task('k', 12, 'done')], 12, 'done'],
    ['推进中 counts as 达进度', [task('k', 6, 'in_progress')], 6, 'on_track'],
    ['未开始 counts as 欠进度', [task('k', 6, 'not_started')], 6, 'behind'],
    ['not done in December is 未完成', [task('k', 12, 'in_progress')], 12, 'missed'],
    ['reported this month is current', [task('k', 9, 'in_progress')], 9, 'on_track'],
    ['not reported this month is 未报送', [task('k', 6, 'in_progress')], 7, 'unreported'],
    ['未开始 not reported is 未报送 too', [task('k', 6, 'not_started')], 9, 'unreported'],
    ['value entries do not count for tasks', [value('k', 6, 1)], 6, 'unreported'],
  ] as const)('%s', (_name, entries, month, expected) => {
    expect(taskStatus('k', entries, { month, tolerancePp: 5 }).status).toBe(expected)
  })
})

describe("judged at 本期 under each item's 报送频次", () => {
  const jobs = target({ id: 'new-urban-jobs-2023', measure: 'count', value: 6600, unit: '人' })
  const gdpQ = target({ id: 'gdp-growth-2023', measure: 'growth_pct', value: 7.5, comparator: 'about' })
  const incomeQ = target({ id: 'disposable-income-growth-2023', measure: 'growth_pct', value: 7 })
  const september = [value('new-urban-jobs-2023', 9, 5200)]

  it('a September record of 5,200 of 6,600 new jobs is 达进度 at 2023-09 and 未报送 at 2023-12', () => {
    expect(indicatorStatus(jobs, september, { month: 9, tolerancePp: 5 })).toMatchObject({
      status: 'on_track',
      detail: { kind: 'cumulative', schedule: 75 },
    })
    const december = indicatorStatus(jobs, september, { month: 12, tolerancePp: 5 })
    expect(december).toMatchObject({
      status: 'unreported',
      missing: 3,
      entry: { value: 5200, asOf: '2023-09' },
    })
  })

  it.each([
    ['Q1 figure still current in May', [value('gdp-growth-2023', 3, 7.5)], 5, 'on_track', undefined],
    ['Q1 figure at the end of Q2 is 未报送', [value('gdp-growth-2023', 3, 7.5)], 6, 'unreported', 1],
    [
      'Q1 figure in December: three quarters missing',
      [value('gdp-growth-2023', 3, 7.5)],
      12,
      'unreported',
      3,
    ],
    [
      'nothing due yet in February: a January figure is judged',
      [value('gdp-growth-2023', 1, 7.5)],
      2,
      'on_track',
      undefined,
    ],
    [
      'a monthly figure inside the quarter is current',
      [value('gdp-growth-2023', 7, 7.5)],
      8,
      'on_track',
      undefined,
    ],
  ] as const)('quarterly GDP: %s', (_name, entries, month, status, missing) => {
    const result = indicatorStatus(gdpQ, entries, { month, tolerancePp: 5 })
    expect(result.status).toBe(status)
    expect(result.missing).toBe(missing)
  })

  it('one GDP 1–12月 entry does not make a fresh Q1 figure stale', () => {
    const entries = [value('gdp-growth-2023', 12, 6, 'final'), value('disposable-income-growth-2023', 3, 7.2)]
    // Default 本期 on 10 May 2023 (due day 25) is April, whatever the latest record says.
    const month = periodMonth(defaultPeriod(new Date(2023, 4, 10), 25))
    expect(month).toBe(4)
    const map = statusesById([gdpQ, incomeQ], [], entries, { month, tolerancePp: 5 })
    expect(map.get('disposable-income-growth-2023')?.status).toBe('on_track')
    // Q1 fell due at the end of March and the only GDP record is for 1–12月: 未报送 for one quarter.
    expect(map.get('gdp-growth-2023')).toEqual({ status: 'unreported', missing: 1 })
    const gdpAtQ1 = [value('gdp-growth-2023', 3, 7.5), ...entries]
    expect(indicatorStatus(gdpQ, gdpAtQ1, { month: 3, tolerancePp: 5 }).status).toBe('on_track')
  })

  it("an assignment's 报送频次 wins over the default", () => {
    const frequencies = new Map([['firms', 'quarterly' as const]])
    const entries = [value('firms', 3, 4)]
    expect(indicatorStatus(firms, entries, { month: 5, tolerancePp: 5 }).status).toBe('unreported')
    expect(indicatorStatus(firms, entries, { month: 5, tolerancePp: 5, frequencies }).status).toBe('on_track')
  })
})

it('statusesById covers every 2023 target and task, and no 2022 outcome', () => {
  const outcome = { ...gdp, id: 'gdp-2022', year: 2022, kind: 'outcome' } as const
  const map = statusesById([gdp, outcome, firms], ['k'], [value('gdp', 12, 6.2, 'final')], {
    month: 12,
    tolerancePp: 5,
  })
  expect([...map.keys()]).toEqual(['gdp', 'firms', 'k'])
  expect(map.get('gdp')?.status).toBe('missed')
  expect(map.get('firms')?.status).toBe('unreported')
  expect(countStatuses(map)).toEqual(
    new Map([
      ['missed', 1],
      ['unreported', 2],
    ]),
  )
  expect(countStatuses(map, ['gdp', 'unknown'])).toEqual(new Map([['missed', 1]]))
})

// Rules that a deliberate break once left every test green: each now has a test of its own.
describe('edge rules of the status rule', () => {
  it('gives a rank no 左右 band: 名次不设左右', () => {
    expect(bandOf(rank)).toBe(0)
    expect(bandOf(gdp)).toBe(0.5)
  })

  it('reads a zero level or count target as it stands, never as a completion share of zero', () => {
    const none = target({ id: 'accidents', measure: 'count', value: 0, unit: '起', comparator: 'at_most' })
    const result = indicatorStatus(none, [value('accidents', 6, 0)], { month: 6, tolerancePp: 5 })
    expect(result.detail).toEqual({ kind: 'rate', value: 0, target: 0, band: 0 })
    expect(result.status).toBe('on_track')
  })

  it('judges done or 未完成 only on the December official figure: November is still progress', () => {
    const settings = { month: 11, tolerancePp: 5 }
    expect(indicatorStatus(farmland, [value('farm', 11, 4.0, 'final')], settings).status).toBe('on_track')
    expect(
      indicatorStatus(farmland, [value('farm', 12, 4.0, 'final')], { ...settings, month: 12 }).status,
    ).toBe('missed')
  })
})

describe('节点目标: a cumulative item is compared with the node set for its period, else with 序时进度', () => {
  const jobs = target({ id: 'jobs', measure: 'count', value: 6600, unit: '人' })
  const cap = target({
    id: 'cap',
    measure: 'level',
    value: 100,
    unit: '公顷',
    comparator: 'at_most',
    direction: 'lower_is_better',
  })
  // 9月 node 4000 人 = 60.6% of 6600, against a 序时进度 of 75%
  const nodes = new Map([
    ['jobs', new Map([[9, 4000]])],
    ['cap', new Map([[6, 30]])],
  ])
  it.each([
    // name, target, value, entry month, 本期, expected status, expected schedule (%)
    ['no node set for the month: 序时进度', jobs, 4400, 8, 8, 'on_track', (8 / 12) * 100],
    ['the 9月 node does not apply to 10月', jobs, 5200, 10, 10, 'on_track', (10 / 12) * 100],
    ['5200 against a 4000 node is 超进度', jobs, 5200, 9, 9, 'ahead', (4000 / 6600) * 100],
    ['4000 exactly on the node is 达进度', jobs, 4000, 9, 9, 'on_track', (4000 / 6600) * 100],
    ['node − tolerance exactly (3670) is 达进度', jobs, 3670, 9, 9, 'on_track', (4000 / 6600) * 100],
    ['just under node − tolerance is 欠进度', jobs, 3669, 9, 9, 'behind', (4000 / 6600) * 100],
    ['a cap used faster than its node is 欠进度', cap, 40, 6, 6, 'behind', 30],
    ['a cap used slower than its node is 超进度', cap, 20, 6, 6, 'ahead', 30],
  ] as const)('%s', (_name, t, v, entryMonth, month, status, schedule) => {
    const result = indicatorStatus(t, [value(t.id, entryMonth, v)], { month, tolerancePp: 5, nodes })
    expect(result.status).toBe(status)
    expect(result.detail).toMatchObject({ kind: 'cumulative' })
    expect(result.detail?.kind === 'cumulative' && result.detail.schedule).toBeCloseTo(schedule, 9)
  })

  it('names the node it compared with, and a node of an unreported period changes nothing', () => {
    const at9 = indicatorStatus(jobs, [value('jobs', 9, 5200)], { month: 9, tolerancePp: 5, nodes })
    expect(at9.detail).toMatchObject({ node: 4000 })
    const at12 = indicatorStatus(jobs, [value('jobs', 9, 5200)], { month: 12, tolerancePp: 5, nodes })
    expect(at12.status).toBe('unreported')
  })

  it('nodes leave rates alone', () => {
    const rateNodes = new Map([['gdp', new Map([[6, 99]])]])
    const result = indicatorStatus(gdp, [value('gdp', 6, 7.5)], {
      month: 6,
      tolerancePp: 5,
      nodes: rateNodes,
    })
    expect(result.status).toBe('on_track')
  })
})

// 未报送 once a period is due: an item never reported is 未报送 as soon as its first period falls due, 未到报送期
// (no_data) before that, and leaves 未报送 with a record for the period due at 本期.
describe('an item without any record', () => {
  const gdpQ = target({ id: 'gdp-growth-2023', measure: 'growth_pct', value: 7.5, comparator: 'about' })
  const yearly = new Map([['firms', 'yearly' as const]])
  it.each([
    // name, target, 本期 month, frequencies, expected
    ['monthly, 1月 due in January', firms, 1, undefined, { status: 'unreported', missing: 1 }],
    ['monthly, nine periods missing at 9月', firms, 9, undefined, { status: 'unreported', missing: 9 }],
    ['quarterly, nothing due in 2月', gdpQ, 2, undefined, { status: 'no_data' }],
    ['quarterly, Q1 due in 3月', gdpQ, 3, undefined, { status: 'unreported', missing: 1 }],
    ['quarterly, two quarters missing in 8月', gdpQ, 8, undefined, { status: 'unreported', missing: 2 }],
    ['yearly (assigned), nothing due in 11月', firms, 11, yearly, { status: 'no_data' }],
    ['yearly (assigned), due in 12月', firms, 12, yearly, { status: 'unreported', missing: 1 }],
  ] as const)('%s', (_name, t, month, frequencies, expected) => {
    const settings = { month, tolerancePp: 5, ...(frequencies && { frequencies }) }
    expect(indicatorStatus(t, [], settings)).toEqual(expected)
    expect(withoutRecord(t.id, settings)).toEqual(expected)
  })

  it('leaves 未报送 once a record for 本期 is in, for a target and a task alike', () => {
    const settings = { month: 3, tolerancePp: 5 }
    expect(indicatorStatus(firms, [value('firms', 3, 4)], settings).status).toBe('on_track')
    expect(taskStatus('k', [], settings)).toEqual({ status: 'unreported', missing: 3 })
    expect(taskStatus('k', [task('k', 3, 'in_progress')], settings).status).toBe('on_track')
  })

  it('settles 已完成 and 未完成 only', () => {
    expect(STATUSES.filter(isSettled)).toEqual(['done', 'missed'])
  })
})
