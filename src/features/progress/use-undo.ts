import { create } from 'zustand'
import type { ProgressEntry } from '@/data/dataset/schema'
import { zh } from '@/i18n/zh'
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

export function undoTaken() {
  const { offer } = useUndoStore.getState()
  if (offer) entryRestored(offer.restore)
  useUndoStore.setState({ offer: null, announcement: zh.history.undone })
  if (offer) requestAnimationFrame(() => document.getElementById(offer.returnFocus)?.focus())
}

export function undoDismissed() {
  useUndoStore.setState({ offer: null })
}
