// The ids of the sector panels on screen: those the filters leave out stay mounted, inside a [hidden] wrapper.
// By id: role queries over every chart's SVG are slow in jsdom, and the id is the panel's anchor.
export const shownPanels = () =>
  [...document.querySelectorAll('section[id^="sector-"]')]
    .filter((s) => !s.closest('[hidden]'))
    .map((s) => s.id)
