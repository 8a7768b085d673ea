import { useId, useState } from 'react'
import type { BulletinHeader } from '@/monitoring/bulletin-snapshot'
import { bulletinDraftEdited, issuerChanged } from '@/stores/use-bulletin-settings'

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-red-700'

function Labelled({
  label,
  error,
  children,
  wide,
}: {
  label: string
  error?: string
  children: (id: string) => React.ReactNode
  wide?: boolean
}) {
  const id = useId()
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${wide ? 'sm:col-span-2 lg:col-span-4' : ''}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(id)}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}

// 标题, 期数, 发文机关 (kept for every later 通报), 印发日期 and 下步工作要求: screen only, the paper shows the result.
export function BulletinHeaderForm({
  header,
  defaults,
}: {
  header: BulletinHeader
  defaults: { title: string; issue: number }
}) {
  const [issuer, setIssuer] = useState(header.issuer)
  const [issuerError, setIssuerError] = useState('')
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4 print:hidden">
      <legend className="px-1 text-sm font-semibold text-slate-800">通报文头</legend>
      <Labelled label="标题" wide>
        {(id) => (
          <input
            id={id}
            className={inputClass}
            value={header.title === defaults.title ? '' : header.title}
            placeholder={defaults.title}
            maxLength={120}
            onChange={(e) => {
              bulletinDraftEdited({ title: e.target.value })
            }}
          />
        )}
      </Labelled>
      <Labelled label="期数">
        {(id) => (
          <input
            id={id}
            type="number"
            min={1}
            max={999}
            className={inputClass}
            value={header.issue}
            onChange={(e) => {
              const n = Number(e.target.value)
              bulletinDraftEdited({ issue: Number.isInteger(n) && n >= 1 && n <= 999 ? n : 0 })
            }}
          />
        )}
      </Labelled>
      <Labelled label="发文机关" error={issuerError}>
        {(id) => (
          <input
            id={id}
            className={inputClass}
            value={issuer}
            maxLength={60}
            onChange={(e) => {
              setIssuer(e.target.value)
              setIssuerError(e.target.value.trim() ? '' : '发文机关不能为空，仍沿用原来的名称')
            }}
            // Kept on leaving the field: one save per name, not one per keystroke on the shared server.
            onBlur={(e) => {
              void issuerChanged(e.target.value).then((problem) => {
                if (problem) setIssuerError(problem)
              })
            }}
          />
        )}
      </Labelled>
      <Labelled label="印发日期">
        {(id) => (
          <input
            id={id}
            type="date"
            className={inputClass}
            value={header.issuedOn}
            min="2023-01-01"
            max="2099-12-31"
            onChange={(e) => {
              bulletinDraftEdited({ issuedOn: e.target.value })
            }}
          />
        )}
      </Labelled>
      <Labelled label="下步工作要求" wide>
        {(id) => (
          <textarea
            id={id}
            rows={3}
            maxLength={3000}
            className={inputClass}
            value={header.requirements}
            onChange={(e) => {
              bulletinDraftEdited({ requirements: e.target.value })
            }}
          />
        )}
      </Labelled>
    </fieldset>
  )
}
