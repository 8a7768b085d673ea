// Element Timing (https://w3c.github.io/element-timing/): Chromium reports when an element marked this way paints.
import 'react'

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the merged declaration must repeat React's T
  interface HTMLAttributes<T> {
    elementtiming?: string | undefined
  }
}
