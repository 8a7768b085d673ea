import { Dialog } from '@/components/ui/dialog'
import { updateUrlState, useUrlValue } from '@/data/url-state'
import { zh } from '@/i18n/zh'
import { GlossaryPanel } from './glossary-panel'
import { glossaryDismissed, useGlossaryBrowsing } from './use-glossary-browsing'

// Open while browsing from the header button or while ?term= names a term; closing clears both.
export function GlossaryDrawer() {
  const term = useUrlValue('term')
  const browsing = useGlossaryBrowsing()
  const open = browsing || term !== ''
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
