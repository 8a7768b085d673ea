import type { ReactNode } from 'react'
import { entriesToCsv, entriesToJson, templateCsv } from '@/data/exchange/format'
import { saveBlob } from '@/lib/download'
import { fileName, localDate } from '@/lib/file-name'
import { zhExchange } from '@/i18n/zh-exchange'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount, useServerMode } from '@/stores/use-session'
import { getResponsibility } from '@/stores/use-assignments'
import { keptMonitorSettings } from '@/stores/use-monitor-settings'
import { getEntries } from '@/stores/use-progress'
import { ImportPreview } from './import-preview'
import { ImportRefusal } from '@/components/import-refusal'
import { FileButton } from '@/components/ui/file-button'
import { UnitFormDownload } from './unit-form-download'
import { useImport } from './use-import'
import { buttonClass as kitButton } from '@/components/ui/button'

const x = zhExchange
const buttonClass = kitButton('secondary', 'md')

function save(text: string, name: string, extension: 'json' | 'csv') {
  const type = extension === 'json' ? 'application/json' : 'text/csv'
  saveBlob(
    new Blob([text], { type: `${type};charset=utf-8` }),
    fileName([name, localDate(new Date())], extension),
  )
}

// A full backup: entries, and the settings once a change just made is written.
async function backedUp() {
  const extras = { settings: await keptMonitorSettings(), responsibility: getResponsibility() }
  save(entriesToJson(getEntries(), new Date().toISOString(), extras), x.jsonFile, 'json')
}

// 导入与导出: back up or exchange entries as JSON/CSV, fill in a template, import with a preview first.
export function ExchangePanel() {
  const { state, items, fileChosen, confirmed, cancelled } = useImport()
  const server = useServerMode()
  // The server takes imports from the 督查室 only (403 otherwise): say so before a reporter fills in a preview
  const mayImport = mayAdminister(useAccount())
  return (
    <section aria-labelledby="exchange-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="exchange-title" className="font-semibold text-slate-900">
        {x.title}
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{server ? x.introServer : x.intro}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Action
          onClick={() => {
            void backedUp()
          }}
        >
          {x.exportJson}
        </Action>
        <Action
          onClick={() => {
            save(entriesToCsv(getEntries(), items), x.csvFile, 'csv')
          }}
        >
          {x.exportCsv}
        </Action>
        <Action
          onClick={() => {
            save(templateCsv(items), x.templateFile, 'csv')
          }}
        >
          {x.template}
        </Action>
        {mayImport && (
          <FileButton
            label={x.importFile}
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onFile={(file) => void fileChosen(file)}
          />
        )}
      </div>
      <p className="mt-1 text-xs text-slate-500">{mayImport ? x.importHint : x.importByOffice}</p>
      <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden">
        {state.step === 'reading' ? x.reading : state.step === 'idle' ? state.message : null}
      </p>
      {state.step === 'refused' && (
        <ImportRefusal name={state.name} problems={state.problems} onDismiss={cancelled} />
      )}
      <ImportPreview
        state={state.step === 'preview' ? state : undefined}
        items={items}
        onConfirm={() => {
          void confirmed()
        }}
        onCancel={cancelled}
      />
      <UnitFormDownload items={items} />
    </section>
  )
}

function Action({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" onClick={onClick} className={buttonClass}>
      {children}
    </button>
  )
}
