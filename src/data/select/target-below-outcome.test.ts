// @vitest-environment node
// A 2023 target below its 2022 outcome is said in words; a higher target, a lower-is-better one or a different
// unit is not.
import { expect, it } from 'vitest'
import { indicator, realDataset } from '@/test-support/dataset-fixture'
import { isTargetBelowOutcome, targetBelowOutcomeNote } from './target-below-outcome'

const farmland = (id: string, value: number, extra = {}) =>
  indicator({
    id,
    sector: 'rural',
    name: '新建高标准农田',
    value,
    unit: '万亩',
    measure: 'level',
    quote: 'x',
    ...extra,
  })

it('says that 4.6万亩 after 8.24万亩 is the plan, not a shortfall', () => {
  expect(targetBelowOutcomeNote(farmland('f-2022', 8.24), farmland('f-2023', 4.6))).toBe(
    '2023年目标4.6万亩低于2022年完成的8.24万亩：这是年度目标安排，不是完成不足',
  )
})

it('says nothing for a higher target, a lower-is-better target or different units', () => {
  expect(isTargetBelowOutcome(farmland('f-2022', 4), farmland('f-2023', 4.6))).toBe(false)
  expect(
    isTargetBelowOutcome(farmland('f-2022', 8), farmland('f-2023', 4.6, { direction: 'lower_is_better' })),
  ).toBe(false)
  expect(isTargetBelowOutcome(farmland('f-2022', 8, { unit: '亩' }), farmland('f-2023', 4.6))).toBe(false)
  expect(isTargetBelowOutcome(undefined, farmland('f-2023', 4.6))).toBe(false)
})

it('finds 新建高标准农田 among the real dataset’s pairs', () => {
  const data = realDataset()
  const byId = new Map(data.indicators.map((i) => [i.id, i]))
  const below = data.indicators.flatMap((outcome) => {
    const target = outcome.pairId ? byId.get(outcome.pairId) : undefined
    return target && isTargetBelowOutcome(outcome, target) ? [target.name] : []
  })
  expect(below).toContain('新建高标准农田')
})
