import { zh } from '@/i18n/zh'

const t = zh.entryForm

// 保存 (and 取消 when editing), with the confirmation read out after a save.
export function FormActions({
  editing,
  saved,
  onCancel,
}: {
  editing: boolean
  saved: string
  onCancel?: () => void
}) {
  return (
    <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
      <button
        type="submit"
        className="rounded-md bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        {editing ? t.saveEdit : t.save}
      </button>
      {onCancel && (
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-red-700"
        >
          {t.cancel}
        </button>
      )}
      <p role="status" className="text-sm text-green-800">
        {saved}
      </p>
    </div>
  )
}
