import { zhStorageIssue } from '@/i18n/zh-storage-issue'

const t = zhStorageIssue

/** Why a write to browser storage threw, in Chinese */
export function writeProblem(error: unknown): { code: 'storage_full' | 'storage_blocked'; message: string } {
  const name = error instanceof DOMException ? error.name : ''
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? { code: 'storage_full', message: t.full }
    : { code: 'storage_blocked', message: t.blocked }
}
