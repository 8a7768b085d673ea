import { monitorSettingsSchema, progressEntrySchema } from '@/data/dataset/schema'
import { keepValid, keepValidFields } from './keep-valid'
import { defaultSettings } from './settings'

// How the monitoring domain's stored records are read back: untrusted input, re-parsed with their zod schemas. Only
// the code that reads storage imports this, so the first screen's selectors and defaults never load zod.

/** v0 (the pre-release prototype) kept entries grouped under their target: { entries: { [targetId]: [...] } } */
export function migrateEntries(stored: unknown, fromVersion: number): unknown {
  if (fromVersion === 0 && stored && typeof stored === 'object' && 'entries' in stored) {
    const grouped = stored.entries
    if (grouped && typeof grouped === 'object' && !Array.isArray(grouped))
      return {
        entries: Object.entries(grouped).flatMap(([targetId, list]: [string, unknown]) =>
          (Array.isArray(list) ? (list as unknown[]) : [list]).map((e) =>
            e && typeof e === 'object' ? { ...e, targetId } : e,
          ),
        ),
      }
  }
  return stored
}

/** Keeps every entry that parses (first of a repeated id); the rest go aside with the reason */
export function validateEntries(stored: unknown) {
  const { kept, rejected } = keepValid(stored, 'entries', {
    schema: progressEntrySchema,
    key: (e) => e.id,
    missing: '缺少记录列表 entries',
  })
  return { state: { entries: kept }, rejected }
}

/** Keeps each valid setting; an invalid one falls back to its default and is set aside */
export const validateSettings = (stored: unknown) =>
  keepValidFields(stored, defaultSettings(), monitorSettingsSchema.shape)
