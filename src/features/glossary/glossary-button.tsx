import { zh } from '@/i18n/zh'
import { glossaryButtonPressed } from './use-glossary-browsing'
import { buttonClass } from '@/components/ui/button'

export function GlossaryButton() {
  return (
    <button
      type="button"
      onClick={glossaryButtonPressed}
      aria-haspopup="dialog"
      className={buttonClass('onDark', 'md')}
    >
      {zh.glossary}
    </button>
  )
}
