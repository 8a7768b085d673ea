import type { ChartFrameProps } from './chart-frame'

// What an export needs from a chart besides its DOM: the ChartFrame props (the data, never the DOM text).
export type ChartExportSpec = Omit<ChartFrameProps, 'children'>
export type ChartOnPage = { frame: HTMLElement; spec: ChartExportSpec }

// Keyed by the frame element, so two charts with the same id never overwrite each other.
const specs = new WeakMap<Element, ChartExportSpec>()

export function registerChart(frame: Element, spec: ChartExportSpec) {
  specs.set(frame, spec)
}

/** The charts inside `root` in document order, leaving out those hidden (a panel the filters leave out). */
export function chartsWithin(root: ParentNode): ChartOnPage[] {
  return [...root.querySelectorAll<HTMLElement>('[data-chart-frame]')].flatMap((frame) => {
    const spec = frame.closest('[hidden]') ? undefined : specs.get(frame)
    return spec ? [{ frame, spec }] : []
  })
}
