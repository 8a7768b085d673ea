import { progressEntrySchema } from '@/data/dataset/schema'
import { assignmentSchema, type ResponsibilityState } from '@/monitoring/responsibility'
import { browserCollection } from './browser-collection'
import { browserDocument, type StoredDocument } from './browser-document'
import { localDocument, type LocalDocument } from './local-document'
import type { Ledger, LedgerEntry } from './ledger-port'
import {
  ASSIGNMENTS_STORAGE_KEY,
  ASSIGNMENTS_STORE_VERSION,
  migrateProgress,
  PROGRESS_STORAGE_KEY,
  PROGRESS_STORE_VERSION,
  validateAssignments,
  validateProgress,
  type ProgressState,
} from './stored-shapes'

// The ledger of the app opened alone (static hosting, the single file): everything in this browser's storage.

export type BrowserLedger = Ledger & {
  progress: StoredDocument<ProgressState>
  /** Small, and written by actions that answer at once: kept in localStorage */
  responsibility: LocalDocument<ResponsibilityState>
  reload: () => void
}

export function browserLedger(): BrowserLedger {
  const progress = browserDocument<ProgressState>({
    key: PROGRESS_STORAGE_KEY,
    version: PROGRESS_STORE_VERSION,
    empty: () => ({ entries: [] }),
    migrate: migrateProgress,
    validate: validateProgress,
  })
  const responsibility = localDocument<ResponsibilityState>({
    key: ASSIGNMENTS_STORAGE_KEY,
    version: ASSIGNMENTS_STORE_VERSION,
    empty: () => ({ units: [], leaders: [], assignments: [] }),
    migrate: (stored) => stored,
    validate: validateAssignments,
  })
  return {
    mode: 'browser',
    progress,
    responsibility,
    reload() {
      progress.reload()
      responsibility.reload()
    },
    entries: browserCollection(progress, {
      get: (s) => s.entries,
      set: (s, entries) => ({ ...s, entries }),
      keyOf: (e) => e.id,
      // The browser keeps no review: an entry is stored exactly in the exchange shape.
      parse: (e): LedgerEntry => progressEntrySchema.parse(e),
    }),
    assignments: browserCollection(responsibility, {
      get: (s) => s.assignments,
      set: (s, assignments) => ({ ...s, assignments }),
      keyOf: (a) => a.itemId,
      parse: (a) => assignmentSchema.parse(a),
    }),
  }
}
