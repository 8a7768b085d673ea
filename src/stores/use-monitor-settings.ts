import { create } from 'zustand'
import type { MonitorSettings } from '@/data/dataset/schema'
import { defaultSettings } from '@/monitoring/settings'
import { activeLedger, storageReloaded } from './ledger/active-ledger'
import type { Kept } from './ledger/ledger-port'
import { documentSaved, inTurn, mirrorDocument } from './ledger/mirror'

// How strictly progress is judged (tolerance) and by which day units report (报送截止日), kept where the entries
// are: this browser (qidong-targets.monitor-settings), or the server for every user of the office.

export { SETTINGS_STORAGE_KEY } from './ledger/storage-keys'

// The settings schema (zod) loads with the first change, not with the first screen.
const settingsSchema = async () => (await import('@/data/dataset/schema')).monitorSettingsSchema

type State = MonitorSettings & { version?: string }
const useSettingsStore = create<State>()(defaultSettings)

const shown = (kept: Kept<MonitorSettings>) => {
  useSettingsStore.setState({ ...kept.value, version: kept.version }, true)
}
const refresh = mirrorDocument((ledger) => ledger.monitor, shown)

export const useTolerancePp = () => useSettingsStore((s) => s.tolerancePp)
export const useDueDay = () => useSettingsStore((s) => s.dueDay)

/** Outside React (backups) */
export const getMonitorSettings = (): MonitorSettings => {
  const { tolerancePp, dueDay } = useSettingsStore.getState()
  return { tolerancePp, dueDay }
}

/**
 * Saves both settings; answers 未能保存 with the reason when they were not kept (a conflict shows the stored ones).
 * The change applies to what the ledger holds, read once it is in: the other setting is never reset to its default.
 */
const saves = inTurn()
const saved = (change: Partial<MonitorSettings>): Promise<string | undefined> =>
  saves(async () => {
    const ledger = await activeLedger()
    const parsed = (await settingsSchema()).safeParse({ ...getMonitorSettings(), ...change })
    if (!parsed.success) return (await import('@/i18n/zh-ledger')).zhLedger.invalid
    return documentSaved(ledger.monitor, parsed.data, useSettingsStore.getState().version, shown)
  })

// Each change joins the queue at once (validated in its turn), so a backup asked for next waits for it.
export const toleranceChanged = (tolerancePp: number) => saved({ tolerancePp })

export const dueDayChanged = (dueDay: number) => saved({ dueDay })

/** The settings once every change already made is written: a backup taken right after a change carries it */
export const keptMonitorSettings = (): Promise<MonitorSettings> =>
  saves(() => Promise.resolve(getMonitorSettings()))

/** A backup's settings, both in one save */
export async function settingsRestored(patch: Partial<MonitorSettings>): Promise<string | undefined> {
  return saved(patch)
}

export async function settingsReloaded(): Promise<void> {
  storageReloaded()
  await refresh()
}
