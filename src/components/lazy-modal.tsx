import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react'
import { whenIdle } from '@/lib/when-idle'
import { useOpenedOnce } from './use-opened-once'

type ModalProps = { open: boolean }

/**
 * A modal whose code stays off the first screen's path: once the page is idle its code is fetched and it is mounted,
 * closed, so the first open is only a state change. Opened sooner, it loads then; once mounted it stays, so it closes
 * as a dialog does (focus goes back to the opener).
 */
export function lazyModal<P extends ModalProps>(load: () => Promise<ComponentType<P>>) {
  let fetching: Promise<ComponentType<P>> | undefined
  // A failed idle fetch is forgotten: opening asks again, and a failure then reaches the error boundary.
  const fetchOnce = () =>
    (fetching ??= load().catch((error: unknown) => {
      fetching = undefined
      throw error
    }))
  const Modal = lazy(() => fetchOnce().then((component) => ({ default: component })))

  return function LazyModal(props: P) {
    const [ready, setReady] = useState(false)
    const opened = useOpenedOnce(props.open)
    useEffect(
      () =>
        whenIdle(() =>
          fetchOnce().then(() => {
            setReady(true)
          }),
        ),
      [],
    )
    if (!ready && !opened) return null
    return (
      <Suspense fallback={null}>
        <Modal {...props} />
      </Suspense>
    )
  }
}
