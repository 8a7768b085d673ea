import { zh } from '@/i18n/zh'
import { glossaryButtonPressed } from './use-glossary-browsing'

export function GlossaryButton() {
  return (
    <button
      type="button"
      onClick={glossaryButtonPressed}
      aria-haspopup="dialog"
      className="rounded-md bg-white/10 px-3 py-1.5 text-sm font-medium text-white ring-1 ring-white/40 hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
    >
      {zh.glossary}
    </button>
  )
}
