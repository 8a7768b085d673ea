import { lazy, Suspense, useEffect } from 'react'
import { useOpenedOnce } from '@/components/use-opened-once'
import { useUrlValue } from '@/data/url-state'
import { whenIdle } from '@/lib/when-idle'

// The 原文 view: open while ?passage= names an indicator or task. Its code (and the report text's query) is not on
// the first screen's path: fetched once the page is idle, so a click on 原文 opens it at once.
const load = () => import('./passage-modal')
const PassageModal = lazy(() => load().then((m) => ({ default: m.PassageModal })))

export function PassageDialog() {
  const passage = useUrlValue('passage')
  const opened = useOpenedOnce(passage !== '')
  useEffect(() => whenIdle(load), [])
  if (!opened) return null
  return (
    <Suspense fallback={null}>
      <PassageModal passage={passage} />
    </Suspense>
  )
}
