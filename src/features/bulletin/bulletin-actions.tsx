import { useState } from 'react'
import type { BulletinBody, BulletinHeader } from '@/monitoring/bulletin-snapshot'
import { saveBlob } from '@/lib/download'

const buttonClass =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60'

const fileName = (header: BulletinHeader, ext: string, what = '通报') =>
  `${header.issuer}${what}第${header.issue}期（${header.issuedOn}）.${ext}`

// 导出 Word, 导出附表（Excel）: both libraries load only on the click, in their own chunks.
export function BulletinActions({
  header,
  body,
  scope,
}: {
  header: BulletinHeader
  body: BulletinBody
  scope: string
}) {
  const [message, setMessage] = useState('')
  const run = async (label: string, make: () => Promise<void>) => {
    setMessage(`正在生成${label}…`)
    try {
      await make()
      setMessage(`已生成${label}。`)
    } catch {
      setMessage(`生成${label}失败，请重试。`)
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <button
        type="button"
        className={buttonClass}
        onClick={() =>
          void run('Word 文件', async () => {
            const { bulletinDocx } = await import('./bulletin-docx')
            saveBlob(await bulletinDocx(header, body, scope), fileName(header, 'docx'))
          })
        }
      >
        导出 Word
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={() =>
          void run('Excel 附表', async () => {
            const { annexWorkbook } = await import('./bulletin-xlsx')
            const title = `2023年政府工作报告目标任务推进情况表（截至${body.month}月）`
            const bytes = await annexWorkbook(body.rows, title)
            const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            saveBlob(new Blob([bytes], { type }), fileName(header, 'xlsx', '通报附表'))
          })
        }
      >
        导出附表（Excel）
      </button>
      <p role="status" className="text-sm text-slate-600">
        {message}
      </p>
    </div>
  )
}
