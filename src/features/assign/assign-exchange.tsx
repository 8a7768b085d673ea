import { zhAssign } from '@/i18n/zh-assign'
import { zhExchange } from '@/i18n/zh-exchange'
import { saveBlob } from '@/lib/download'
import { fileName, localDate } from '@/lib/file-name'
import { assignTableXlsx } from '@/data/exchange/assign-file'
import { assignTableCsv } from '@/monitoring/assign-table'
import { getResponsibility } from '@/stores/use-assignments'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import { AssignPreview } from './assign-preview'
import { ImportRefusal } from '@/components/import-refusal'
import { FileButton } from '@/components/ui/file-button'
import { button } from './styles'
import { useAssignImport } from './use-assign-import'

const a = zhAssign
const x = zhExchange
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

// 分解表导入与导出: the whole 任务分解 as .xlsx or .csv, and back in with a preview first.
export function AssignExchange() {
  const { state, items, byId, fileChosen, confirmed, cancelled, repreviewed } = useAssignImport()
  const admin = mayAdminister(useAccount())
  const name = (extension: string) => fileName([a.fileName, localDate(new Date())], extension)
  return (
    <section
      aria-labelledby="assign-exchange-title"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="assign-exchange-title" className="font-semibold text-slate-900">
        {a.exchangeTitle}
      </h3>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => {
            void assignTableXlsx(items, getResponsibility().assignments).then((buffer) => {
              saveBlob(new Blob([buffer], { type: XLSX }), name('xlsx'))
            })
          }}
        >
          {a.exportXlsx}
        </button>
        <button
          type="button"
          className={button}
          onClick={() => {
            const csv = assignTableCsv(items, getResponsibility().assignments)
            saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name('csv'))
          }}
        >
          {a.exportCsv}
        </button>
        {admin && (
          <FileButton
            label={a.importFile}
            accept={`.xlsx,.csv,${XLSX},text/csv`}
            onFile={(file) => void fileChosen(file)}
          />
        )}
      </div>
      <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden">
        {state.step === 'reading' ? x.reading : state.step === 'idle' ? state.message : null}
      </p>
      {state.step === 'refused' && (
        <ImportRefusal name={state.name} problems={state.problems} onDismiss={cancelled} />
      )}
      <AssignPreview
        state={state.step === 'preview' ? state : undefined}
        nameOf={(id) => byId.get(id)?.name ?? id}
        onConfirm={() => {
          void confirmed()
        }}
        onCancel={cancelled}
        onRepreview={repreviewed}
      />
    </section>
  )
}
