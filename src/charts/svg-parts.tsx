import type { ReactNode } from 'react'
import { FRAME_FONT_STACK, ink } from './palette'

// Small SVG pieces shared by the charts: the plain-SVG charts' own <svg> and axes, hatch patterns, the target diamond,
// wrapped Chinese ticks.

/** Makes a useId() value safe inside url(#…) */
export const svgId = (reactId: string, name: string) => `${name}-${reactId.replace(/[^a-zA-Z0-9]/g, '')}`

export function Hatch({
  id,
  color,
  background = 'white',
}: {
  id: string
  color: string
  background?: string
}) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={background} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
    </pattern>
  )
}

/** Label text with a white outline, legible over hatching, grid lines and bars */
export const haloText = {
  fill: ink.text,
  fontSize: 12,
  stroke: '#ffffff',
  strokeWidth: 3,
  paintOrder: 'stroke',
  strokeLinejoin: 'round',
} as const

/** The target marker: a diamond with a dark outline, recognisable without its colour */
export function Diamond({
  cx,
  cy,
  color,
  size = 8,
}: {
  cx?: number
  cy?: number
  color: string
  size?: number
}) {
  if (cx === undefined || cy === undefined) return null
  const d = `M${cx},${cy - size} L${cx + size},${cy} L${cx},${cy + size} L${cx - size},${cy} Z`
  return <path d={d} fill={color} stroke={ink.text} strokeWidth={1.5} />
}

/** Splits a Chinese label into the fewest lines of at most `per` characters, balanced in length */
export function wrapText(text: string, per: number): string[] {
  const count = Math.max(1, Math.ceil(text.length / per))
  const size = Math.ceil(text.length / count)
  const lines: string[] = []
  for (let i = 0; i < text.length; i += size) lines.push(text.slice(i, i + size))
  return lines
}

type TickProps = { x?: number; y?: number; payload?: { value?: string | number }; per?: number }

export function WrappedTick({ x = 0, y = 0, payload, per = 7 }: TickProps) {
  const lines = wrapText(String(payload?.value ?? ''), per)
  const top = y - ((lines.length - 1) * 14) / 2
  return (
    <text x={x} y={top} textAnchor="end" dominantBaseline="middle" fill={ink.text} fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x - 4} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

const AXIS = '#666666'

/**
 * A plot's axes: the value axis along the bottom with a tick and its label at each value, and the category axis up
 * the left with a tick at each row (the row labels are each chart's own).
 */
export function PlotAxes({
  plot,
  ticks,
  rows,
  tickSize,
  fontSize,
}: {
  plot: { left: number; right: number; top: number; bottom: number }
  ticks: { x: number; text: string }[]
  rows: number[]
  tickSize: number
  fontSize: number
}) {
  return (
    <>
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS} />
      {ticks.map((t) => (
        <g key={t.x}>
          <line x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + tickSize} stroke={AXIS} />
          <text
            x={t.x}
            y={plot.bottom + tickSize + 2}
            dy="0.71em"
            textAnchor="middle"
            fontSize={fontSize}
            fill={ink.muted}
          >
            {t.text}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS} />
      {rows.map((y) => (
        <line key={y} x1={plot.left - tickSize} x2={plot.left} y1={y} y2={y} stroke={AXIS} />
      ))}
    </>
  )
}

/**
 * A plain-SVG chart's own <svg>: its size, the frame's fonts written on it (the export copies it as is), and hidden
 * from assistive technology, which reads the frame's data table instead.
 */
export function ChartSvg({
  width,
  height,
  className,
  children,
  ...data
}: { width: number; height: number; className?: string; children: ReactNode } & Record<
  `data-${string}`,
  boolean
>) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FRAME_FONT_STACK}
      overflow="visible"
      className={className}
      aria-hidden
      {...data}
    >
      {children}
    </svg>
  )
}
