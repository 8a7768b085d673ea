import type { BulletinBody, BulletinHeader } from '@/monitoring/bulletin-snapshot'
import { BulletinAnnex } from './bulletin-annex'
import { BulletinMasthead } from './bulletin-masthead'
import { BulletinScope } from './bulletin-scope'
import { BulletinSections } from './bulletin-sections'

// The 通报 as it reads on paper: masthead, title, body, 附表 — the same for a draft and an issued snapshot.
export function BulletinDocument({
  header,
  body,
  scope,
  frozen,
}: {
  header: BulletinHeader
  body: BulletinBody
  /** The filters it covers, in words; empty for the whole county */
  scope: string
  /** An issued snapshot: marked read-only on screen */
  frozen?: boolean
}) {
  return (
    <article
      aria-labelledby="bulletin-title"
      data-bulletin
      data-frozen={frozen ? '' : undefined}
      className="bulletin-paper mx-auto flex w-full max-w-4xl flex-col gap-4 rounded-lg border border-slate-200 bg-white px-4 py-6 leading-loose text-slate-900 sm:px-14 sm:py-10 print:max-w-none print:border-0 print:p-0"
    >
      <BulletinMasthead header={header} />
      <h2
        id="bulletin-title"
        className="bulletin-title text-center text-xl font-bold text-balance sm:text-2xl"
      >
        {header.title}
      </h2>
      <BulletinScope scope={scope} />
      <BulletinSections body={body} requirements={header.requirements} />
      <p className="mt-6 text-right">{header.issuer}</p>
      <BulletinAnnex rows={body.rows} month={body.month} />
    </article>
  )
}
