import { Dialog } from '@/components/ui/dialog'
import { updateUrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { GlossaryPanel } from './glossary-panel'
import { glossaryDismissed } from './use-glossary-browsing'

// The drawer itself, loaded off the first screen's path (glossary-drawer.tsx); closing clears the browsing and ?term=.
export function GlossaryModal({ open, term }: { open: boolean; term: string }) {
  return (
    <Dialog
      open={open}
      placement="drawer"
      title={zh.glossary}
      onClose={() => {
        glossaryDismissed()
        if (term) updateUrlState({ term: '' })
      }}
    >
      {open && <GlossaryPanel term={term} />}
    </Dialog>
  )
}
