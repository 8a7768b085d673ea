import { lazyModal } from '@/components/lazy-modal'
import { useUrlValue } from '@/data/url-state'
import { useGlossaryBrowsing } from './use-glossary-browsing'

const GlossaryModal = lazyModal(() => import('./glossary-modal').then((m) => m.GlossaryModal))

// Open while browsing from the header button or while ?term= names a term.
export function GlossaryDrawer() {
  const term = useUrlValue('term')
  const browsing = useGlossaryBrowsing()
  return <GlossaryModal open={browsing || term !== ''} term={term} />
}
