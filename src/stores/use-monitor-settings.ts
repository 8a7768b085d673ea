import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { monitorSettingsSchema, type MonitorSettings } from '@/data/schema'
import { DEFAULT_TOLERANCE_PP } from '@/data/status'
import { followOtherTabs, persistSafely } from './persist-safely'

// How strictly progress is judged (tolerance) and as of when (评估日期), kept in this browser.

export const SETTINGS_STORAGE_KEY = 'qidong-targets.monitor-settings'

const initial = (): MonitorSettings => ({ tolerancePp: DEFAULT_TOLERANCE_PP, evaluationMonth: 'auto' })

/** Keeps each valid setting; an invalid one falls back to its default and is set aside */
function validate(stored: unknown) {
  const state = initial()
  const rejected: unknown[] = []
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  for (const key of Object.keys(state) as (keyof MonitorSettings)[]) {
    if (!(key in record)) continue
    const field = monitorSettingsSchema.shape[key].safeParse(record[key])
    if (field.success) Object.assign(state, { [key]: field.data })
    else rejected.push({ [key]: record[key] })
  }
  return { state, rejected }
}

const useSettingsStore = create<MonitorSettings>()(
  persist(
    initial,
    persistSafely(initial, {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      partialize: (s) => ({ tolerancePp: s.tolerancePp, evaluationMonth: s.evaluationMonth }),
      migrate: (stored) => stored,
      validate,
    }),
  ),
)

followOtherTabs(SETTINGS_STORAGE_KEY, () => useSettingsStore.persist.rehydrate())

export const useTolerancePp = () => useSettingsStore((s) => s.tolerancePp)
export const useEvaluationMonthSetting = () => useSettingsStore((s) => s.evaluationMonth)

export function toleranceChanged(tolerancePp: number) {
  const parsed = monitorSettingsSchema.shape.tolerancePp.safeParse(tolerancePp)
  if (parsed.success) useSettingsStore.setState({ tolerancePp: parsed.data })
}

export function evaluationMonthChanged(evaluationMonth: MonitorSettings['evaluationMonth']) {
  const parsed = monitorSettingsSchema.shape.evaluationMonth.safeParse(evaluationMonth)
  if (parsed.success) useSettingsStore.setState({ evaluationMonth: parsed.data })
}

export const settingsReloaded = () => useSettingsStore.persist.rehydrate()
