import { z } from 'zod'
import { zhExchange } from '@/i18n/zh-exchange'
import { assignmentSchema, leaderSchema, unitSchema } from '@/monitoring/responsibility'
import type { ImportProblem } from './draft'
import type { BackupExtras } from './format'
import { monitorSettingsSchema } from '@/data/dataset/schema'

// The optional settings and 单位名录/分解 of a JSON backup: read whole or refused with the field at fault.

const responsibilitySchema = z.object({
  units: z.array(unitSchema).default([]),
  leaders: z.array(leaderSchema).default([]),
  assignments: z.array(assignmentSchema).default([]),
})

const issues = (where: string, error: z.ZodError, prefix: string): ImportProblem[] =>
  error.issues.map((issue) => ({
    where,
    message: zhExchange.problem.field([prefix, ...issue.path].join('.'), issue.message),
  }))

export function readExtras(file: { settings?: unknown; responsibility?: unknown }): {
  extras?: BackupExtras
  problems: ImportProblem[]
} {
  const extras: BackupExtras = {}
  const problems: ImportProblem[] = []
  if (file.settings !== undefined) {
    const parsed = monitorSettingsSchema.safeParse(file.settings)
    if (parsed.success) extras.settings = parsed.data
    else problems.push(...issues(zhExchange.where.settings, parsed.error, 'settings'))
  }
  if (file.responsibility !== undefined) {
    const parsed = responsibilitySchema.safeParse(file.responsibility)
    if (parsed.success) extras.responsibility = parsed.data
    else problems.push(...issues(zhExchange.where.responsibility, parsed.error, 'responsibility'))
  }
  return { ...(Object.keys(extras).length > 0 && { extras }), problems }
}
