import { create } from 'zustand'
import {
  deepFreeze,
  issuedBulletinSchema,
  type BulletinBody,
  type BulletinHeader,
  type IssuedBulletin,
} from '@/monitoring/bulletin-snapshot'
import { activeLedger, storageReloaded } from './ledger/active-ledger'
import { done, unversioned, type Outcome } from './ledger/ledger-port'
import { mirrorCollection } from './ledger/mirror'
import { newId } from './use-progress'

// 往期通报: every issued 通报 as a read-only snapshot, kept where the entries are (this browser, or the server).

export { BULLETINS_STORAGE_KEY, BULLETINS_STORE_VERSION, validateBulletins } from './ledger/stored-shapes'

type State = { bulletins: readonly IssuedBulletin[] }
const useBulletinsStore = create<State>()(() => ({ bulletins: [] }))

const inIssueOrder = (list: readonly IssuedBulletin[]) =>
  [...list].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt))

const refresh = mirrorCollection(
  (ledger) => ledger.bulletins,
  (list) => {
    useBulletinsStore.setState({ bulletins: inIssueOrder(list.map((b) => deepFreeze(unversioned(b)))) })
  },
)

/** Issued 通报, in the order issued */
export const useIssuedBulletins = (): readonly IssuedBulletin[] => useBulletinsStore((s) => s.bulletins)
export const getIssuedBulletins = (): readonly IssuedBulletin[] => useBulletinsStore.getState().bulletins

/** 印发: copies the 通报 as it reads now and freezes the copy; shown only once the ledger has kept it */
export async function bulletinIssued(
  header: BulletinHeader,
  body: BulletinBody,
  scope = '',
): Promise<Outcome<IssuedBulletin>> {
  const snapshot = deepFreeze(
    issuedBulletinSchema.parse(
      structuredClone({ id: newId(), header, body, scope, issuedAt: new Date().toISOString() }),
    ),
  )
  const saved = await (await activeLedger()).bulletins.put(snapshot)
  // Another browser took the 期数: show its 通报 now, not at the next poll, so the next free 期数 is offered.
  if (!saved.ok && saved.failure.code === 'issue_taken') await refresh()
  if (!saved.ok) return saved
  useBulletinsStore.setState((s) => ({
    bulletins: inIssueOrder([...s.bulletins.filter((b) => b.id !== snapshot.id), snapshot]),
  }))
  return done(snapshot)
}

export async function bulletinsReloaded(): Promise<void> {
  storageReloaded()
  await refresh()
}
