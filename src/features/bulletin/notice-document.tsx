import { LIGHT_LABELS } from '@/monitoring/warning'
import {
  chineseDate,
  noticeNumber,
  officeLine,
  situationOf,
  type SupervisionNotice,
} from '@/monitoring/supervision'

export type NoticeDraft = Omit<SupervisionNotice, 'id' | 'issuedAt'>

/** The rows of a 督办单, the same on paper and in Word */
export function noticeRows(n: NoticeDraft): [string, string][] {
  return [
    [
      '督办事项',
      `${n.itemName}（第${n.itemNo}项）。报告原文：“${n.sentence}”。本期情况：${situationOf(n.line, n.reasons)}。`,
    ],
    ['责任单位', n.unit],
    ['责任领导', n.leader],
    ['存在问题', n.problems || '（责任单位未填报）'],
    ['办理要求', n.requirements],
    ['反馈时限', `${chineseDate(n.dueOn)}前`],
  ]
}

export const noticeKind = (n: Pick<NoticeDraft, 'light'>) => `${LIGHT_LABELS[n.light].slice(0, 1)}色督办`

// 督办单 on paper: number, the item with the report's sentence, who answers, the problems, what to do and by when.
export function NoticeDocument({ notice }: { notice: NoticeDraft }) {
  return (
    <article
      aria-labelledby="notice-title"
      data-bulletin
      data-notice
      className="bulletin-paper mx-auto flex w-full max-w-3xl flex-col gap-4 rounded-lg border border-slate-200 bg-white px-4 py-8 leading-loose text-slate-900 sm:px-14 print:max-w-none print:border-0 print:p-0"
    >
      <h2 id="notice-title" className="bulletin-title text-center text-3xl tracking-[0.5em] text-red-700">
        督办单
      </h2>
      <p className="flex flex-wrap justify-between gap-2 border-b-2 border-red-700 pb-1">
        <span>{noticeNumber(notice.seq)}</span>
        <span>{noticeKind(notice)}</span>
      </p>
      <table className="w-full border-collapse">
        <tbody>
          {noticeRows(notice).map(([label, text]) => (
            <tr key={label}>
              <th
                scope="row"
                className="w-28 border border-slate-500 px-2 py-2 align-middle font-normal whitespace-nowrap"
              >
                <span className="bulletin-heading">{label}</span>
              </th>
              <td className="border border-slate-500 px-3 py-2 whitespace-pre-wrap">{text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-right">{officeLine(notice.issuer, notice.issuedOn)}</p>
    </article>
  )
}
