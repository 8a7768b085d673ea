import { lazy, type ComponentType } from 'react'

// A lazy component whose failed import can be tried again: React.lazy keeps a rejected promise forever.
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  const make = () => lazy(async () => ({ default: await load() }))
  let current = make()
  return {
    Component: (props: P) => {
      const Current = current
      return <Current {...props} />
    },
    forget: () => {
      current = make()
    },
  }
}
