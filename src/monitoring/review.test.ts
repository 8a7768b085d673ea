// @vitest-environment node
// The 通报 counts approved entries; pending ones only on request; returned ones never; browser entries always.
import { expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { entriesCounted, isPending } from './review'

const entry = (id: string, status?: 'pending' | 'approved' | 'returned') =>
  ({
    id,
    type: 'task',
    targetId: 'task-x',
    asOf: '2023-06',
    taskStatus: 'done',
    recordedAt: '2023-07-01T00:00:00.000Z',
    ...(status && { review: { status } }),
  }) as ProgressEntry

const all = [entry('browser'), entry('a', 'approved'), entry('p', 'pending'), entry('r', 'returned')]

it('counts approved and unreviewed entries, pending ones only when asked, returned ones never', () => {
  expect(entriesCounted(all, false).map((e) => e.id)).toEqual(['browser', 'a'])
  expect(entriesCounted(all, true).map((e) => e.id)).toEqual(['browser', 'a', 'p'])
  expect(all.map(isPending)).toEqual([false, false, true, false])
})
