import type { ProgressEntry } from '@/data/dataset/schema'

// Which entries the 通报 counts: approved ones (and every entry of the browser, which has no review); pending
// ones only when asked, and then marked; returned ones never.

type Reviewed = { review?: { status: 'pending' | 'approved' | 'returned' } }

const statusOf = (entry: ProgressEntry): string | undefined =>
  (entry as ProgressEntry & Reviewed).review?.status

export const isPending = (entry: ProgressEntry): boolean => statusOf(entry) === 'pending'

export function entriesCounted<E extends ProgressEntry>(entries: readonly E[], withPending: boolean): E[] {
  return entries.filter((e) => {
    const status = statusOf(e)
    return status === undefined || status === 'approved' || (withPending && status === 'pending')
  })
}
