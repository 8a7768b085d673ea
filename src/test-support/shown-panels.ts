import { waitFor } from '@testing-library/react'
import { fixtureDataset } from './dataset-fixture'

// The ids of the sector panels on screen: those the filters leave out stay mounted, inside a [hidden] wrapper.
// By id: role queries over every chart's SVG are slow in jsdom, and the id is the panel's anchor.
export const shownPanels = () =>
  [...document.querySelectorAll('section[id^="sector-"]')]
    .filter((s) => !s.closest('[hidden]'))
    .map((s) => s.id)

/** Resolves once every sector panel has mounted: their code is a chunk of its own, loaded after the first screen,
 * and they mount one per commit (sector-panels.tsx) */
export const panelsMounted = (count = fixtureDataset().sectors.length) =>
  waitFor(
    () => {
      const mounted = document.querySelectorAll('section[id^="sector-"]').length
      if (mounted < count) throw new Error(`${mounted} of ${count} sector panels mounted`)
    },
    { timeout: 10_000 },
  )
