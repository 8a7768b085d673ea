import { monitorSettingsSchema, type MonitorSettings } from '@/data/dataset/schema'
import { DEFAULT_DUE_DAY } from './period'
import { DEFAULT_TOLERANCE_PP } from './status'

// The judging settings (tolerance, 报送截止日): their defaults, and how a stored copy is read back.

export const defaultSettings = (): MonitorSettings => ({
  tolerancePp: DEFAULT_TOLERANCE_PP,
  dueDay: DEFAULT_DUE_DAY,
})

/** Keeps each valid setting; an invalid one falls back to its default and is set aside */
export function validateSettings(stored: unknown) {
  const state = defaultSettings()
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
