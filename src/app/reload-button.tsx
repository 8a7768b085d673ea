import { zh } from '@/i18n/zh'
import { buttonClass } from '@/components/ui/button'

// The way out of a page that could not start (dataset refused, or a crash): load it again.
export function ReloadButton() {
  return (
    <button
      type="button"
      onClick={() => {
        window.location.reload()
      }}
      className={buttonClass('primary', 'lg', 'mt-4')}
    >
      {zh.reload}
    </button>
  )
}
