import { create } from 'zustand'
import { deepFreeze } from '@/monitoring/bulletin-snapshot'
import { supervisionNoticeSchema, type SupervisionNotice } from '@/monitoring/supervision'
import { zhLedger } from '@/i18n/zh-ledger'
import { activeLedger, storageReloaded } from './ledger/active-ledger'
import { unversioned } from './ledger/ledger-port'
import { mirrorCollection } from './ledger/mirror'
import { newId } from './use-progress'

// Issued 督办单, kept with their item where the entries are (this browser, or the server).

export { SUPERVISIONS_STORAGE_KEY, validateSupervisions } from './ledger/stored-shapes'

type State = { notices: readonly SupervisionNotice[] }
const useSupervisionsStore = create<State>()(() => ({ notices: [] }))

const inIssueOrder = (list: readonly SupervisionNotice[]) =>
  [...list].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt))

const refresh = mirrorCollection(
  (ledger) => ledger.supervisions,
  (list) => {
    useSupervisionsStore.setState({ notices: inIssueOrder(list.map((n) => deepFreeze(unversioned(n)))) })
  },
)

export const useNotices = (): readonly SupervisionNotice[] => useSupervisionsStore((s) => s.notices)

/** 签发: keeps the notice as issued; returns it once kept, or the problem in Chinese (未能保存：…) */
export async function noticeIssued(
  draft: Omit<SupervisionNotice, 'id' | 'issuedAt'>,
): Promise<{ notice: SupervisionNotice } | { problem: string }> {
  const parsed = supervisionNoticeSchema.safeParse({
    ...draft,
    id: newId(),
    issuedAt: new Date().toISOString(),
  })
  if (!parsed.success) return { problem: parsed.error.issues.map((i) => i.message).join('；') }
  const notice = deepFreeze(parsed.data)
  const saved = await (await activeLedger()).supervisions.put(notice)
  if (!saved.ok) return { problem: zhLedger.settingNotSaved(saved.failure.message) }
  useSupervisionsStore.setState((s) => ({
    notices: inIssueOrder([...s.notices.filter((n) => n.id !== notice.id), notice]),
  }))
  return { notice }
}

export async function supervisionsReloaded(): Promise<void> {
  storageReloaded()
  await refresh()
}
