import { Suspense, useEffect, useState, type ComponentType } from 'react'
import { whenIdle } from '@/lib/when-idle'
import { retryableLazy } from './retryable-lazy'
import { useOpenedOnce } from './use-opened-once'

type ModalProps = { open: boolean }

/**
 * A modal whose code stays off the first screen's path: once the page is idle its code is fetched and it is mounted,
 * closed, so the first open is only a state change. Opened sooner, it loads then; once mounted it stays, so it closes
 * as a dialog does (focus goes back to the opener).
 */
export function lazyModal<P extends ModalProps>(load: () => Promise<ComponentType<P>>) {
  const modal = retryableLazy(load)

  return function LazyModal(props: P) {
    const [ready, setReady] = useState(false)
    const opened = useOpenedOnce(props.open)
    // A failed idle fetch is forgotten: opening asks again, and a failure then reaches the error boundary.
    useEffect(
      () =>
        whenIdle(() =>
          modal.preload().then(() => {
            setReady(true)
          }, modal.forget),
        ),
      [],
    )
    if (!ready && !opened) return null
    return (
      <Suspense fallback={null}>
        <modal.Component {...props} />
      </Suspense>
    )
  }
}
