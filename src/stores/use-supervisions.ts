import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { deepFreeze } from '@/monitoring/bulletin-snapshot'
import { supervisionNoticeSchema, type SupervisionNotice } from '@/monitoring/supervision'
import { keepValid } from '@/monitoring/keep-valid'
import { followOtherTabs, persistSafely } from './persist-safely'
import { newId } from './use-progress'

// Issued 督办单, kept with their item in this browser and shaped like the entries' store.

export const SUPERVISIONS_STORAGE_KEY = 'qidong-targets.supervisions'

type State = { notices: SupervisionNotice[] }
const initial = (): State => ({ notices: [] })

export function validateSupervisions(stored: unknown) {
  const { kept, rejected } = keepValid(stored, 'notices', {
    schema: supervisionNoticeSchema,
    key: (n) => n.id,
    missing: '缺少督办单列表 notices',
  })
  return { state: { notices: kept.map(deepFreeze) }, rejected }
}

const useSupervisionsStore = create<State>()(
  persist(
    initial,
    persistSafely(initial, {
      name: SUPERVISIONS_STORAGE_KEY,
      version: 1,
      partialize: (s) => ({ notices: s.notices }),
      migrate: (stored) => stored,
      validate: validateSupervisions,
    }),
  ),
)

followOtherTabs(SUPERVISIONS_STORAGE_KEY, () => useSupervisionsStore.persist.rehydrate())

export const useNotices = (): readonly SupervisionNotice[] => useSupervisionsStore((s) => s.notices)

/** 签发: keeps the notice as issued; returns it, or the problem in Chinese */
export function noticeIssued(
  draft: Omit<SupervisionNotice, 'id' | 'issuedAt'>,
): { notice: SupervisionNotice } | { problem: string } {
  const parsed = supervisionNoticeSchema.safeParse({
    ...draft,
    id: newId(),
    issuedAt: new Date().toISOString(),
  })
  if (!parsed.success) return { problem: parsed.error.issues.map((i) => i.message).join('；') }
  const notice = deepFreeze(parsed.data)
  useSupervisionsStore.setState((s) => ({ notices: [...s.notices, notice] }))
  return { notice }
}

export const supervisionsReloaded = () => useSupervisionsStore.persist.rehydrate()
