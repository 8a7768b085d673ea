import type { FigureBody } from '../chart-types'
import { CJK_FONT_STACK } from './text-layout'

// Copies a chart's on-screen SVG(s) into standalone markup: computed styles inlined, no classes or CSS variables.

// An SVG drawn as an image sees no page CSS: these are the properties that change how it looks.
const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'stop-color',
  'stop-opacity',
  'paint-order',
]
const TEXT = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing']
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath'])
// Hover-only decorations and HTML overlays are not part of the figure.
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, style, script, foreignObject'

// As presentation attributes, not style="…": the page's CSP (style-src 'self') refuses a style attribute even on a clone.
function inlineStyles(source: Element, clone: Element) {
  const view = source.ownerDocument.defaultView!
  const computed = view.getComputedStyle(source)
  const isText = TEXT_ELEMENTS.has(source.localName)
  const props = isText ? [...PAINT, ...TEXT] : PAINT
  for (const name of clone.getAttributeNames())
    if (name === 'class' || name === 'style' || clone.getAttribute(name)?.includes('var('))
      clone.removeAttribute(name)
  // A value the browser could not resolve is left out rather than written as var(…).
  for (const p of props) {
    const value = computed.getPropertyValue(p)
    if (value && !value.includes('var(')) clone.setAttribute(p, value)
  }
  if (isText) clone.setAttribute('font-family', CJK_FONT_STACK)
}

// Copies one <svg>, walking source and clone in step (same structure, so the same order).
function cloneSvg(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const sources = [svg, ...svg.querySelectorAll('*')]
  const clones = [clone, ...clone.querySelectorAll('*')]
  const hidden: Element[] = []
  sources.forEach((source, i) => {
    const target = clones[i]!
    if (source.matches(TRANSIENT) || getComputedStyle(source).display === 'none') hidden.push(target)
    else inlineStyles(source, target)
  })
  for (const el of hidden) el.remove()
  return clone
}

type Box = { x: number; y: number; width: number; height: number }

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}

function contentBBox(svg: SVGSVGElement): Box | null {
  try {
    const b = svg.getBBox()
    return b.width > 0 || b.height > 0 ? b : null
  } catch {
    return null // not rendered, or no layout engine
  }
}

// Where an <svg> sits in the body (pixels) and what it draws (user units), grown to fit content that
// overflows its viewport, such as a long axis label: exports keep it instead of clipping it.
function placement(svg: SVGSVGElement, origin: DOMRect): { user: Box; pixels: Box } {
  const r = svg.getBoundingClientRect()
  const vb = svg.viewBox.baseVal
  const view: Box =
    vb.width > 0
      ? { x: vb.x, y: vb.y, width: vb.width, height: vb.height }
      : { x: 0, y: 0, width: r.width, height: r.height }
  const user = union(view, contentBBox(svg) ?? view)
  const sx = r.width / view.width
  const sy = r.height / view.height
  const pixels = {
    x: r.left - origin.left + (user.x - view.x) * sx,
    y: r.top - origin.top + (user.y - view.y) * sy,
    width: user.width * sx,
    height: user.height * sy,
  }
  return { user, pixels }
}

// The chart's own drawings: top-level <svg>s that are not legend or tooltip icons and take up room.
function chartSvgs(body: Element): SVGSVGElement[] {
  return [...body.querySelectorAll('svg')].filter(
    (svg) =>
      !svg.parentElement?.closest('svg, .recharts-legend-wrapper, .recharts-tooltip-wrapper') &&
      svg.getBoundingClientRect().width > 0,
  )
}

/** The chart body as one standalone SVG, positioned as on screen. */
export function snapshotBody(body: Element): FigureBody {
  const origin = body.getBoundingClientRect()
  let area: Box = { x: 0, y: 0, width: origin.width, height: origin.height }
  const parts = chartSvgs(body).map((svg) => {
    const { user, pixels } = placement(svg, origin)
    area = union(area, pixels)
    const clone = cloneSvg(svg)
    clone.setAttribute('viewBox', `${user.x} ${user.y} ${user.width} ${user.height}`)
    for (const [k, v] of Object.entries(pixels)) clone.setAttribute(k, String(v))
    clone.setAttribute('overflow', 'visible')
    return new XMLSerializer().serializeToString(clone)
  })
  // Shift everything so the grown area starts at 0,0.
  const { x, y, width, height } = area
  return {
    markup:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" ` +
      `viewBox="${x} ${y} ${Math.ceil(width)} ${Math.ceil(height)}" overflow="visible">${parts.join('')}</svg>`,
    width: Math.ceil(width),
    height: Math.ceil(height),
  }
}

/** A CSS colour (a variable, a name, anything) as the rgb() the browser resolves it to. */
export function resolveColor(color: string, within: Element): string {
  const probe = within.ownerDocument.createElement('span')
  probe.style.color = color
  within.append(probe)
  const resolved = getComputedStyle(probe).color
  probe.remove()
  return resolved || color
}
