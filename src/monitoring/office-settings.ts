import { z } from 'zod'
import { keepValidFields } from './keep-valid'
import { cycleSettingsSchema } from './responsibility'
import { warningRuleSchema } from './warning'

// What the 督查室 sets once for every 通报 (发文机关) and every light (预警规则), and the 通报 being drafted.

export const officeSettingsSchema = z.object({
  issuer: cycleSettingsSchema.shape.issuer,
  rule: warningRuleSchema,
})

export type OfficeSettings = z.infer<typeof officeSettingsSchema>

export const DEFAULT_REQUIREMENTS =
  '请各责任单位对照本通报，对欠进度和未完成事项认真分析原因、采取有效措施加快推进，对未报送事项及时报送最新进度。'

/** As the browser keeps it under one key: the office settings and the draft's fields */
export const bulletinSettingsSchema = officeSettingsSchema.extend({
  /** Draft fields: empty means the default (标题 from 本期, 期数 = issued + 1) */
  title: z.string().max(120).default(''),
  issue: z.number().int().min(0).max(999).default(0),
  issuedOn: z.string().max(10).default(''),
  requirements: z.string().max(3000).default(DEFAULT_REQUIREMENTS),
})

export type BulletinSettings = z.infer<typeof bulletinSettingsSchema>
export const defaultBulletinSettings = (): BulletinSettings => bulletinSettingsSchema.parse({ rule: {} })

/** Keeps each valid field; an invalid one falls back to its default and is set aside */
export const validateBulletinSettings = (stored: unknown) =>
  keepValidFields(stored, defaultBulletinSettings(), bulletinSettingsSchema.shape)
