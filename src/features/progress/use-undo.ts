import { create } from 'zustand'
import type { ProgressEntry } from '@/data/dataset/schema'
import { zhHistory } from '@/i18n/zh-history'
import { zhLedger } from '@/i18n/zh-ledger'
import { entryRestored } from '@/stores/use-progress'

// The last delete or edit, offered for 撤销 until the next one or until dismissed.

/** returnFocus: the element id keyboard focus goes back to after 撤销 (the toast then disappears) */
type Offer = { key: number; message: string; restore: ProgressEntry; returnFocus: string }
const useUndoStore = create<{ offer: Offer | null; announcement: string }>()(() => ({
  offer: null,
  announcement: '',
}))

export const useUndoOffer = () => useUndoStore((s) => s.offer)
export const useUndoAnnouncement = () => useUndoStore((s) => s.announcement)

export function undoOffered(message: string, restore: ProgressEntry, returnFocus: string) {
  useUndoStore.setState({ offer: { key: Date.now(), message, restore, returnFocus }, announcement: '' })
}

export async function undoTaken() {
  const { offer } = useUndoStore.getState()
  if (!offer) return
  const restored = await entryRestored(offer.restore)
  // A refused undo keeps the offer, so the user can try again; the reason is announced.
  if (!restored.ok) {
    useUndoStore.setState({ announcement: zhLedger.notUndone(restored.failure.message) })
    return
  }
  useUndoStore.setState({ offer: null, announcement: zhHistory.undone })
  requestAnimationFrame(() => document.getElementById(offer.returnFocus)?.focus())
}

export function undoDismissed() {
  useUndoStore.setState({ offer: null })
}
