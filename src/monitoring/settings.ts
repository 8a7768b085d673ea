import type { MonitorSettings } from '@/data/dataset/schema'
import { DEFAULT_DUE_DAY } from './period'
import { DEFAULT_TOLERANCE_PP } from './status'

// The judging settings (tolerance, 报送截止日) and their defaults (stored-records.ts reads a stored copy back).

export const defaultSettings = (): MonitorSettings => ({
  tolerancePp: DEFAULT_TOLERANCE_PP,
  dueDay: DEFAULT_DUE_DAY,
})
