// @vitest-environment node
// The light rule: yellow from 10 up to 30 points behind, red beyond 30, after 3 periods unreported or past the
// 完成时限 unfinished, blue within 30 days of it — judged at the end of 本期, each boundary on both sides.
import { describe, expect, it } from 'vitest'
import { taskStatus, type StatusResult } from './status'
import { judgeLight, warningRuleSchema } from './warning'

const cumulative = (lag: number, status: StatusResult['status'] = 'behind'): StatusResult => ({
  status,
  detail: { kind: 'cumulative', completion: 75 - lag, schedule: 75 },
})
const light = (result: StatusResult, deadline?: string, period = '2023-09') =>
  judgeLight({ result, period, deadline })

describe('points behind 序时进度', () => {
  it.each([
    [9.9, 'green'],
    [10, 'yellow'],
    [30, 'yellow'],
    [30.1, 'red'],
  ] as const)('%s points behind → %s', (lag, expected) => {
    expect(light(cumulative(lag)).light).toBe(expected)
  })
  it('says why', () => {
    expect(light(cumulative(30.1)).reasons).toEqual(['低于序时进度30.1个百分点'])
  })
  it('follows a rule the 督查室 set', () => {
    const rule = warningRuleSchema.parse({ yellowLagPp: 5, redLagPp: 20 })
    expect(judgeLight({ result: cumulative(5), period: '2023-09' }, rule).light).toBe('yellow')
    expect(judgeLight({ result: cumulative(20.5), period: '2023-09' }, rule).light).toBe('red')
  })
})

describe('未报送 in a row', () => {
  it.each([
    [2, 'green'],
    [3, 'red'],
  ] as const)('%s periods → %s', (missing, expected) => {
    expect(light({ status: 'unreported', missing }).light).toBe(expected)
  })
  it('counts a never-reported monthly item from January (the status rule makes it 未报送)', () => {
    const never = (month: number) => taskStatus('k', [], { month, tolerancePp: 5 })
    expect(light(never(2), undefined, '2023-02').light).toBe('green')
    expect(light(never(3), undefined, '2023-03').reasons).toEqual(['连续3期未报送'])
  })
})

describe('完成时限, judged at the last day of 本期 (2023-09-30)', () => {
  const onTrack: StatusResult = { status: 'on_track', detail: { kind: 'task', taskStatus: 'in_progress' } }
  it.each([
    ['2023-09-29', 'red'],
    ['2023-09', 'blue'],
    ['2023-10-30', 'blue'],
    ['2023-10-31', 'green'],
  ] as const)('deadline %s → %s', (deadline, expected) => {
    expect(light(onTrack, deadline).light).toBe(expected)
  })
  it('writes the 完成时限 in Chinese in the reason', () => {
    expect(light(onTrack, '2023-09-29').reasons).toEqual(['已过完成时限（2023年9月29日）未完成'])
    expect(light(onTrack, '2023-10-30').reasons).toEqual(['距完成时限（2023年10月30日）还有30天'])
  })
  it('lights nothing for an item already done', () => {
    expect(light({ status: 'done' }, '2023-06').light).toBe('green')
  })
})

it('turns a task not started yellow and a target missed red', () => {
  expect(light({ status: 'behind', detail: { kind: 'task', taskStatus: 'not_started' } }).reasons).toEqual([
    '未按计划启动',
  ])
  expect(light({ status: 'missed', detail: { kind: 'rate', value: 6, target: 7.5, band: 0.5 } }).light).toBe(
    'red',
  )
})
