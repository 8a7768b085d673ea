import { create } from 'zustand'
import {
  bulletinSettingsSchema,
  defaultBulletinSettings,
  type BulletinSettings,
  type OfficeSettings,
} from '@/monitoring/office-settings'
import { warningRuleSchema, type WarningRule } from '@/monitoring/warning'
import { activeLedger, currentLedger, onLedgerChosen, storageReloaded } from './ledger/active-ledger'
import { bulletinSettingsDocument, type BrowserLedger } from './ledger/browser-ledger'
import type { LocalDocument } from './ledger/local-document'
import type { Kept } from './ledger/ledger-port'
import { documentSaved, mirrorDocument } from './ledger/mirror'
import { storageIssueReported } from './use-storage-issues'

// What the 督查室 sets once and keeps (发文机关, 预警规则: the ledger's office settings, on the server in server mode)
// and the 通报 being drafted (标题, 期数, 印发日期, 下步工作要求: this browser's draft, in either mode).

export { BULLETIN_SETTINGS_STORAGE_KEY } from './ledger/storage-keys'
export { DEFAULT_REQUIREMENTS, type BulletinSettings } from '@/monitoring/office-settings'

type State = BulletinSettings & { officeVersion?: string }
const useSettingsStore = create<State>()(defaultBulletinSettings)

let localDraft: LocalDocument<BulletinSettings> | undefined
/** The browser ledger's own document (shared with its office settings), or one for the draft alone */
const draftDocument = (): LocalDocument<BulletinSettings> => {
  const ledger = currentLedger()
  if (ledger && 'bulletinSettings' in ledger) return (ledger as BrowserLedger).bulletinSettings
  return (localDraft ??= bulletinSettingsDocument())
}

function draftShown() {
  const { title, issue, issuedOn, requirements } = draftDocument().read()
  useSettingsStore.setState({ title, issue, issuedOn, requirements })
}
const officeShown = (kept: Kept<OfficeSettings>) => {
  useSettingsStore.setState({ ...kept.value, officeVersion: kept.version })
}

const refresh = mirrorDocument((ledger) => ledger.office, officeShown)
let stopDraft = draftDocument().subscribe(draftShown)
draftShown()
onLedgerChosen(() => {
  stopDraft()
  stopDraft = draftDocument().subscribe(draftShown)
  draftShown()
})

export const useIssuer = () => useSettingsStore((s) => s.issuer)
export const useWarningRule = () => useSettingsStore((s) => s.rule)
export const useBulletinDraft = (): BulletinSettings => useSettingsStore((s) => s)

/** The change applies to what the ledger holds, read once it is in: the other setting is never reset */
async function officeSaved(change: (now: OfficeSettings) => OfficeSettings | undefined) {
  const ledger = await activeLedger()
  const { issuer, rule, officeVersion } = useSettingsStore.getState()
  const next = change({ issuer, rule })
  return next && documentSaved(ledger.office, next, officeVersion, officeShown)
}

/** 发文机关: set once, kept for every later 通报; a blank name keeps the one before */
export async function issuerChanged(issuer: string): Promise<string | undefined> {
  const parsed = bulletinSettingsSchema.shape.issuer.safeParse(issuer)
  if (!parsed.success) return undefined
  return officeSaved((now) => (parsed.data === now.issuer ? undefined : { ...now, issuer: parsed.data }))
}

export async function warningRuleChanged(rule: WarningRule): Promise<string | undefined> {
  const parsed = warningRuleSchema.safeParse(rule)
  if (!parsed.success) return '预警规则的数值无效'
  if (parsed.data.yellowLagPp > parsed.data.redLagPp) return '黄灯的起点不能高于红灯的起点'
  return officeSaved((now) => ({ ...now, rule: parsed.data }))
}

type Draft = Partial<Pick<BulletinSettings, 'title' | 'issue' | 'issuedOn' | 'requirements'>>

function draftKept(patch: Draft) {
  useSettingsStore.setState(patch)
  const doc = draftDocument()
  const written = doc.write({ ...doc.read(), ...patch })
  if (!written.ok) storageIssueReported({ store: doc.key, reason: 'write_failed' })
}

/** One draft field changed (标题, 期数, 印发日期 or 下步工作要求) */
export const bulletinDraftEdited = (patch: Draft) => {
  draftKept(patch)
}

/** After 印发: the next 通报 starts from the defaults again (its 期数 follows the issued count) */
export function bulletinDraftCleared() {
  draftKept({ title: '', issue: 0, issuedOn: '' })
}

export async function bulletinSettingsReloaded(): Promise<void> {
  storageReloaded()
  localDraft?.reload()
  draftShown()
  await refresh()
}
