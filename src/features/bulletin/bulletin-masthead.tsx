import type { BulletinHeader } from '@/monitoring/bulletin-snapshot'

/** '2023-10-08' → 2023年10月8日, read from the text: no clock, no time zone */
export function formatIssuedOn(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return y && m && d ? `${y}年${m}月${d}日` : date
}

// The 红头 of a 督查通报: its name, 第N期, the 发文机关 and 印发日期 above a red rule.
export function BulletinMasthead({ header }: { header: BulletinHeader }) {
  return (
    <header className="flex flex-col gap-2 text-center">
      <p
        className="bulletin-title text-3xl font-bold tracking-[0.4em] text-red-700 sm:text-4xl print:text-[26pt]"
        aria-label="督查通报"
      >
        督查通报
      </p>
      <p className="text-base">{`第${header.issue}期`}</p>
      <div className="flex flex-wrap justify-between gap-x-4 border-b-2 border-red-700 pb-1 text-base">
        <span>{header.issuer}</span>
        <span>{formatIssuedOn(header.issuedOn)}</span>
      </div>
    </header>
  )
}
