import { zhLedger } from '@/i18n/zh-ledger'
import type { BulletinHeader } from './bulletin-snapshot'

// 期数 run per year of 印发 (as in 〔2023〕第3期): one number is issued once a year, by every adapter and the server.

type Issued = { id: string; header: Pick<BulletinHeader, 'issue' | 'issuedOn' | 'title'> }

/** The year a 通报 is numbered in: that of its 印发日期 */
export const issueYear = (header: Pick<BulletinHeader, 'issuedOn'>): number =>
  Number(header.issuedOn.slice(0, 4))

/** The issued 通报 (another one) that already holds this one's 期数 in its year */
export function issueHolder<T extends Issued>(issued: readonly T[], candidate: Issued): T | undefined {
  const year = issueYear(candidate.header)
  return issued.find(
    (b) => b.id !== candidate.id && b.header.issue === candidate.header.issue && issueYear(b.header) === year,
  )
}

/** The first 期数 after every one issued in that year */
export function nextIssue(issued: readonly Issued[], year: number): number {
  return Math.max(0, ...issued.filter((b) => issueYear(b.header) === year).map((b) => b.header.issue)) + 1
}

/** Why this 通报 cannot be issued under its 期数, naming the one that holds it and the next free one */
export function issueTakenMessage(issued: readonly Issued[], holder: Issued): string {
  const { issue, issuedOn, title } = holder.header
  return zhLedger.issueTaken(
    issueYear(holder.header),
    issue,
    issuedOn,
    title,
    nextIssue(issued, issueYear(holder.header)),
  )
}
