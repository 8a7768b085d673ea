import { z } from 'zod'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { cycleSettingsSchema } from '@/monitoring/responsibility'
import { warningRuleSchema, type WarningRule } from '@/monitoring/warning'
import { followOtherTabs, persistSafely } from './persist-safely'

// What the 督查室 sets once and keeps (发文机关, 预警规则) and the 通报 being drafted (标题, 期数, 印发日期, 下步工作要求).

export const BULLETIN_SETTINGS_STORAGE_KEY = 'qidong-targets.bulletin-settings'

export const DEFAULT_REQUIREMENTS =
  '请各责任单位对照本通报，对欠进度和未完成事项认真分析原因、采取有效措施加快推进，对未报送事项及时报送最新进度。'

const settingsSchema = z.object({
  issuer: cycleSettingsSchema.shape.issuer,
  rule: warningRuleSchema,
  /** Draft fields: empty means the default (标题 from 本期, 期数 = issued + 1) */
  title: z.string().max(120).default(''),
  issue: z.number().int().min(0).max(999).default(0),
  issuedOn: z.string().max(10).default(''),
  requirements: z.string().max(3000).default(DEFAULT_REQUIREMENTS),
})

export type BulletinSettings = z.infer<typeof settingsSchema>
const initial = (): BulletinSettings => settingsSchema.parse({ rule: {} })

/** Keeps each valid field; an invalid one falls back to its default and is set aside */
function validate(stored: unknown) {
  const state = initial()
  const rejected: unknown[] = []
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  for (const key of Object.keys(state) as (keyof BulletinSettings)[]) {
    if (!(key in record)) continue
    const field = settingsSchema.shape[key].safeParse(record[key])
    if (field.success) Object.assign(state, { [key]: field.data })
    else rejected.push({ [key]: record[key] })
  }
  return { state, rejected }
}

const useSettingsStore = create<BulletinSettings>()(
  persist(
    initial,
    persistSafely(initial, {
      name: BULLETIN_SETTINGS_STORAGE_KEY,
      version: 1,
      partialize: (s) => ({ ...s }),
      migrate: (stored) => stored,
      validate,
    }),
  ),
)

followOtherTabs(BULLETIN_SETTINGS_STORAGE_KEY, () => useSettingsStore.persist.rehydrate())

export const useIssuer = () => useSettingsStore((s) => s.issuer)
export const useWarningRule = () => useSettingsStore((s) => s.rule)
export const useBulletinDraft = () => useSettingsStore((s) => s)

/** 发文机关: set once, kept for every later 通报; a blank name keeps the one before */
export function issuerChanged(issuer: string) {
  const parsed = cycleSettingsSchema.shape.issuer.safeParse(issuer)
  if (parsed.success) useSettingsStore.setState({ issuer: parsed.data })
}

export function warningRuleChanged(rule: WarningRule): string | undefined {
  const parsed = warningRuleSchema.safeParse(rule)
  if (!parsed.success) return '预警规则的数值无效'
  if (parsed.data.yellowLagPp > parsed.data.redLagPp) return '黄灯的起点不能高于红灯的起点'
  useSettingsStore.setState({ rule: parsed.data })
  return undefined
}

/** One draft field changed (标题, 期数, 印发日期 or 下步工作要求) */
export function bulletinDraftEdited(
  patch: Partial<Pick<BulletinSettings, 'title' | 'issue' | 'issuedOn' | 'requirements'>>,
) {
  useSettingsStore.setState(patch)
}

/** After 印发: the next 通报 starts from the defaults again (its 期数 follows the issued count) */
export function bulletinDraftCleared() {
  useSettingsStore.setState({ title: '', issue: 0, issuedOn: '' })
}

export const bulletinSettingsReloaded = () => useSettingsStore.persist.rehydrate()
