import { lazy, Suspense, useEffect } from 'react'
import { useOpenedOnce } from '@/components/use-opened-once'
import { useUrlValue } from '@/data/url-state'
import { whenIdle } from '@/lib/when-idle'
import { useGlossaryBrowsing } from './use-glossary-browsing'

// Open while browsing from the header button or while ?term= names a term. The drawer's code is not on the first
// screen's path: fetched once the page is idle, so a click opens it at once.
const load = () => import('./glossary-modal')
const GlossaryModal = lazy(() => load().then((m) => ({ default: m.GlossaryModal })))

export function GlossaryDrawer() {
  const term = useUrlValue('term')
  const browsing = useGlossaryBrowsing()
  const open = browsing || term !== ''
  const opened = useOpenedOnce(open)
  useEffect(() => whenIdle(load), [])
  if (!opened) return null
  return (
    <Suspense fallback={null}>
      <GlossaryModal open={open} term={term} />
    </Suspense>
  )
}
