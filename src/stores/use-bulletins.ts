import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import {
  deepFreeze,
  issuedBulletinSchema,
  type BulletinBody,
  type BulletinHeader,
  type IssuedBulletin,
} from '@/monitoring/bulletin-snapshot'
import { keepValid } from '@/monitoring/keep-valid'
import { followOtherTabs, persistSafely } from './persist-safely'
import { newId } from './use-progress'

// 往期通报: every issued 通报 as a read-only snapshot, kept in this browser beside the entries and shaped like them.

export const BULLETINS_STORAGE_KEY = 'qidong-targets.bulletins'
export const BULLETINS_STORE_VERSION = 1

type State = { bulletins: IssuedBulletin[] }
const initial = (): State => ({ bulletins: [] })

/** Keeps every snapshot that parses (first of a repeated id); the rest go aside with the reason */
export function validateBulletins(stored: unknown) {
  const { kept, rejected } = keepValid(stored, 'bulletins', {
    schema: issuedBulletinSchema,
    key: (b) => b.id,
    missing: '缺少通报列表 bulletins',
  })
  return { state: { bulletins: kept.map(deepFreeze) }, rejected }
}

const useBulletinsStore = create<State>()(
  persist(
    initial,
    persistSafely(initial, {
      name: BULLETINS_STORAGE_KEY,
      version: BULLETINS_STORE_VERSION,
      partialize: (s) => ({ bulletins: s.bulletins }),
      migrate: (stored) => stored,
      validate: validateBulletins,
    }),
  ),
)

followOtherTabs(BULLETINS_STORAGE_KEY, () => useBulletinsStore.persist.rehydrate())

/** Issued 通报, in the order issued */
export const useIssuedBulletins = (): readonly IssuedBulletin[] => useBulletinsStore((s) => s.bulletins)
export const getIssuedBulletins = (): readonly IssuedBulletin[] => useBulletinsStore.getState().bulletins

/** 印发: copies the 通报 as it reads now and freezes the copy; later entries never reach it */
export function bulletinIssued(header: BulletinHeader, body: BulletinBody, scope = ''): IssuedBulletin {
  const snapshot = deepFreeze(
    issuedBulletinSchema.parse(
      structuredClone({ id: newId(), header, body, scope, issuedAt: new Date().toISOString() }),
    ),
  )
  useBulletinsStore.setState((s) => ({ bulletins: [...s.bulletins, snapshot] }))
  return snapshot
}

export const bulletinsReloaded = () => useBulletinsStore.persist.rehydrate()
