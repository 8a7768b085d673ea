import { buttonClass } from '@/components/ui/button'
import { zhEntryForm } from '@/i18n/zh-entry-form'

const t = zhEntryForm

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
      <button type="submit" className={buttonClass('primary', 'md')}>
        {editing ? t.saveEdit : t.save}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel} className={buttonClass('secondary', 'md')}>
          {t.cancel}
        </button>
      )}
      <p role="status" className="text-sm text-green-800">
        {saved}
      </p>
    </div>
  )
}
