// @vitest-environment node
// A 督办单 is numbered in the year's sequence, dated by the calendar and counted per item.
import { expect, it } from 'vitest'
import {
  addDays,
  defaultRequirements,
  noticeCounts,
  noticeNumber,
  officeLine,
  situationOf,
  type SupervisionNotice,
} from './supervision'

it('numbers, dates and words a notice', () => {
  expect(noticeNumber(3)).toBe('祁督办〔2023〕3号')
  expect(addDays('2023-10-25', 10)).toBe('2023-11-04')
  expect(addDays('2023-12-28', 5)).toBe('2024-01-02')
  expect(officeLine('祁东县人民政府督查室', '2023-10-08')).toBe('祁东县人民政府督查室\u30002023年10月8日')
  expect(defaultRequirements('县工信局', '2023-10-18', '祁东县人民政府督查室')).toBe(
    '请县工信局对照目标任务，认真分析滞后原因，明确整改措施和完成时限，压实责任、加快推进，并于2023年10月18日前将办理情况书面报送祁东县人民政府督查室。',
  )
})

it('states the situation without repeating the item', () => {
  expect(situationOf('加快湘江引水工程建设（第80项）：正在推进', ['已过完成时限（2023-06）未完成'])).toBe(
    '正在推进；已过完成时限（2023-06）未完成',
  )
})

it('counts the notices each item has had', () => {
  const n = (itemId: string) => ({ itemId }) as SupervisionNotice
  expect([...noticeCounts([n('a'), n('b'), n('a')])]).toEqual([
    ['a', 2],
    ['b', 1],
  ])
})
