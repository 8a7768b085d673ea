import type { Assignment } from './responsibility'

// Who may do what on the shared server (the server enforces it; the app only hides what would be refused).
// Opened alone in a browser there is no account: the one user of that browser may do everything.

export type Role = 'admin' | 'reporter' | 'leader'
export type Account = { login: string; name: string; role: Role; unit: string | null }

export const ROLE_LABELS: Record<Role, string> = { admin: '督查室', reporter: '填报员', leader: '领导' }

/** A reporter records only for items whose 牵头单位 or 配合单位 is its unit; the 督查室 for all */
export function mayRecord(account: Account | undefined, assignment: Assignment | undefined): boolean {
  if (!account || account.role === 'admin') return true
  if (account.role !== 'reporter' || !account.unit || !assignment) return false
  return assignment.leadUnit === account.unit || assignment.partnerUnits.includes(account.unit)
}

/** 通过 / 退回: the 督查室 only, and only on the server (the browser has no review) */
export const mayReview = (account: Account | undefined) => account?.role === 'admin'

/** 批示: leaders and the 督查室 */
export const mayInstruct = (account: Account | undefined) =>
  account?.role === 'leader' || account?.role === 'admin'

/** 任务分解, 单位名录, 通报 settings, 印发 and 督办单: the 督查室 keeps them (the server refuses others, 403);
 * alone in a browser there is no account, and its one user keeps them all */
export const mayAdminister = (account: Account | undefined) => !account || account.role === 'admin'
