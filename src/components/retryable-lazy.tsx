import { lazy, type ComponentType } from 'react'

type Loaded<P> = { default: ComponentType<P> }

// A lazy component whose failed import can be tried again: React.lazy keeps a rejected promise forever. `preload`
// fetches the code ahead; once it is in, the component renders at once instead of suspending for a microtask (React
// takes a thenable that answers synchronously as already resolved).
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined
  let loaded: ComponentType<P> | undefined
  const preload = () =>
    (loading ??= load().then((c) => {
      loaded = c
      return c
    }))
  const make = () =>
    lazy(() => {
      const ready = loaded
      if (ready)
        return {
          then: (ok: (m: Loaded<P>) => void) => {
            ok({ default: ready })
          },
        } as unknown as Promise<Loaded<P>>
      return preload().then((c) => ({ default: c }))
    })
  let current = make()
  return {
    Component: (props: P) => {
      const Current = current
      return <Current {...props} />
    },
    preload,
    forget: () => {
      loading = undefined
      current = make()
    },
  }
}
