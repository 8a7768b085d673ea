import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { monitorSettingsSchema, type MonitorSettings } from '@/data/dataset/schema'
import { defaultSettings, validateSettings } from '@/monitoring/settings'
import { followOtherTabs, persistSafely } from './persist-safely'

// How strictly progress is judged (tolerance) and by which day units report (报送截止日), kept in this browser.

export const SETTINGS_STORAGE_KEY = 'qidong-targets.monitor-settings'

const initial = defaultSettings

const useSettingsStore = create<MonitorSettings>()(
  persist(
    initial,
    persistSafely(initial, {
      name: SETTINGS_STORAGE_KEY,
      // Still version 1: validate keeps the known fields and defaults the missing ones, so a stored v1 record
      // reads as is; its old evaluationMonth is dropped because 本期 now lives in the URL (?period=).
      version: 1,
      partialize: (s) => ({ tolerancePp: s.tolerancePp, dueDay: s.dueDay }),
      migrate: (stored) => stored,
      validate: validateSettings,
    }),
  ),
)

followOtherTabs(SETTINGS_STORAGE_KEY, () => useSettingsStore.persist.rehydrate())

export const useTolerancePp = () => useSettingsStore((s) => s.tolerancePp)
export const useDueDay = () => useSettingsStore((s) => s.dueDay)

export function toleranceChanged(tolerancePp: number) {
  const parsed = monitorSettingsSchema.shape.tolerancePp.safeParse(tolerancePp)
  if (parsed.success) useSettingsStore.setState({ tolerancePp: parsed.data })
}

export function dueDayChanged(dueDay: number) {
  const parsed = monitorSettingsSchema.shape.dueDay.safeParse(dueDay)
  if (parsed.success) useSettingsStore.setState({ dueDay: parsed.data })
}

export const settingsReloaded = () => useSettingsStore.persist.rehydrate()
