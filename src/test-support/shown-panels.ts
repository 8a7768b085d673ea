import { waitFor } from '@testing-library/react'

// The ids of the sector panels on screen: those the filters leave out stay mounted, inside a [hidden] wrapper.
// By id: role queries over every chart's SVG are slow in jsdom, and the id is the panel's anchor.
export const shownPanels = () =>
  [...document.querySelectorAll('section[id^="sector-"]')]
    .filter((s) => !s.closest('[hidden]'))
    .map((s) => s.id)

/**
 * Resolves once the sector panels have mounted: their code is a chunk of its own, loaded after the first screen, and
 * they mount one by one (aria-busy until the last one is in)
 */
export const panelsMounted = () =>
  waitFor(
    () => {
      if (!document.querySelector('[data-sector-panels]:not([aria-busy="true"]) section[id^="sector-"]'))
        throw new Error('sector panels not mounted yet')
    },
    { timeout: 10_000 },
  )
