import { lazyModal } from '@/components/lazy-modal'
import { useUrlValue } from '@/data/url-state'

// The modal's code (and the report text's query) loads off the first screen's path (lazy-modal.tsx).
const PassageModal = lazyModal(() => import('./passage-modal').then((m) => m.PassageModal))

// The 原文 view: open while ?passage= names an indicator or task.
export function PassageDialog() {
  const passage = useUrlValue('passage')
  return <PassageModal open={passage !== ''} passage={passage} />
}
