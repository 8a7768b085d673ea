import type { ChartExportSpec, ChartOnPage } from './chart-types'

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
