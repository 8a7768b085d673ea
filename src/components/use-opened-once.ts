import { useState } from 'react'

/**
 * True from the first time `open` is: a dialog whose code loads on demand mounts when first opened and then stays
 * mounted, so it closes itself as a dialog does (focus goes back to the opener).
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return opened || open
}
