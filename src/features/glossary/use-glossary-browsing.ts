import { create } from 'zustand'

// Whether the drawer was opened from the header to browse, with no term chosen (a chosen term lives in ?term=).
const useBrowsing = create(() => ({ browsing: false }))

export const useGlossaryBrowsing = () => useBrowsing((s) => s.browsing)
export const glossaryButtonPressed = () => {
  useBrowsing.setState({ browsing: true })
}
export const glossaryDismissed = () => {
  useBrowsing.setState({ browsing: false })
}
