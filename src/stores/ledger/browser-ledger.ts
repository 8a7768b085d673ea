import { monitorSettingsSchema, progressEntrySchema, type MonitorSettings } from '@/data/dataset/schema'
import { issuedBulletinSchema } from '@/monitoring/bulletin-snapshot'
import { issueHolder, issueTakenMessage } from '@/monitoring/issue-number'
import {
  defaultBulletinSettings,
  officeSettingsSchema,
  validateBulletinSettings,
  type BulletinSettings,
} from '@/monitoring/office-settings'
import { assignmentSchema, type ResponsibilityState } from '@/monitoring/responsibility'
import { defaultSettings } from '@/monitoring/settings'
import { validateSettings } from '@/monitoring/stored-records'
import { supervisionNoticeSchema } from '@/monitoring/supervision'
import { browserCollection } from './browser-collection'
import { browserDirectory } from './browser-directory'
import { browserDocument, type BrowserDocument } from './browser-document'
import { localDocument, type LocalDocument } from './local-document'
import { browserKept } from './browser-kept'
import type { Ledger, LedgerEntry } from './ledger-port'
import {
  ASSIGNMENTS_STORAGE_KEY,
  ASSIGNMENTS_STORE_VERSION,
  BULLETIN_SETTINGS_STORAGE_KEY,
  BULLETINS_STORAGE_KEY,
  BULLETINS_STORE_VERSION,
  migrateProgress,
  PROGRESS_STORAGE_KEY,
  PROGRESS_STORE_VERSION,
  SETTINGS_STORAGE_KEY,
  SUPERVISIONS_STORAGE_KEY,
  validateAssignments,
  validateBulletins,
  validateProgress,
  validateSupervisions,
  type BulletinsState,
  type ProgressState,
  type SupervisionsState,
} from './stored-shapes'

// The ledger of the app opened alone (static hosting, the single file): everything in this browser's storage,
// under the keys and in the shapes it always used ({ state, version }), so old data loads as it is.

export type BrowserLedger = Ledger & {
  progress: BrowserDocument<ProgressState>
  /** Small, and read at once by the actions that change it: these stay in localStorage */
  responsibility: LocalDocument<ResponsibilityState>
  /** Holds the 通报 draft beside the office settings; the draft stays in the browser in server mode too */
  bulletinSettings: LocalDocument<BulletinSettings>
  reload: () => void
}

const same = (stored: unknown) => stored

export function bulletinSettingsDocument(): LocalDocument<BulletinSettings> {
  return localDocument<BulletinSettings>({
    key: BULLETIN_SETTINGS_STORAGE_KEY,
    version: 1,
    empty: defaultBulletinSettings,
    migrate: same,
    validate: validateBulletinSettings,
  })
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
    migrate: same,
    validate: validateAssignments,
  })
  const bulletins = browserDocument<BulletinsState>({
    key: BULLETINS_STORAGE_KEY,
    version: BULLETINS_STORE_VERSION,
    empty: () => ({ bulletins: [] }),
    migrate: same,
    validate: validateBulletins,
  })
  const supervisions = browserDocument<SupervisionsState>({
    key: SUPERVISIONS_STORAGE_KEY,
    version: 1,
    empty: () => ({ notices: [] }),
    migrate: same,
    validate: validateSupervisions,
  })
  const bulletinSettings = bulletinSettingsDocument()
  // Still version 1: validate keeps the known fields and defaults the missing ones (an old evaluationMonth is
  // dropped, 本期 lives in the URL).
  const monitor = localDocument<MonitorSettings>({
    key: SETTINGS_STORAGE_KEY,
    version: 1,
    empty: defaultSettings,
    migrate: same,
    validate: validateSettings,
  })
  const documents = [progress, responsibility, bulletins, supervisions, bulletinSettings, monitor]
  return {
    mode: 'browser',
    progress,
    responsibility,
    bulletinSettings,
    reload() {
      documents.forEach((d) => {
        d.reload()
      })
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
    directory: browserDirectory(responsibility),
    bulletins: browserCollection(bulletins, {
      get: (s) => s.bulletins,
      set: (s, list) => ({ ...s, bulletins: list }),
      keyOf: (b) => b.id,
      parse: (b) => issuedBulletinSchema.parse(b),
      issued: true,
      refused(list, b) {
        const holder = issueHolder(list, b)
        return holder && { code: 'issue_taken', message: issueTakenMessage(list, holder) }
      },
    }),
    supervisions: browserCollection(supervisions, {
      get: (s) => s.notices,
      set: (s, notices) => ({ ...s, notices }),
      keyOf: (n) => n.id,
      parse: (n) => supervisionNoticeSchema.parse(n),
      issued: true,
    }),
    office: browserKept(bulletinSettings, {
      get: ({ issuer, rule }) => ({ issuer, rule }),
      set: (s, office) => ({ ...s, ...office }),
      parse: (v) => officeSettingsSchema.parse(v),
    }),
    monitor: browserKept(monitor, {
      get: ({ tolerancePp, dueDay }) => ({ tolerancePp, dueDay }),
      set: (_, value) => value,
      parse: (v) => monitorSettingsSchema.parse(v),
    }),
  }
}
