import { useId } from 'react'
import { GROWTH, type GrowthLayout } from './growth-layout'
import { ink, series } from './palette'
import { ChartSvg, Hatch, PlotAxes, svgId, WrappedTick } from './svg-parts'

// The growth comparison as plain SVG with every colour, size and font written on the element: drawn in a few ms
// within React's sliced render (recharts' first draw of it was one task of 100–160 ms), and the export's copy of
// it is exactly what the screen shows.

export function GrowthSvg({ layout }: { layout: GrowthLayout }) {
  const hatch = svgId(useId(), 'target')
  const { plot, width, height, rows, ticks } = layout
  const value = { fill: ink.text, fontSize: GROWTH.fontSize.label, dy: '0.355em' }
  return (
    <ChartSvg width={width} height={height} className="block" data-growth-svg>
      <defs>
        <Hatch id={hatch} color={series.target2023.color} />
      </defs>
      {ticks.map((t) => (
        <line key={t.x} x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} stroke={ink.grid} />
      ))}
      {rows.map((r) => (
        <rect key={r.name} {...r.outcome} fill={series.outcome2022.color} />
      ))}
      {rows.map((r) => (
        <rect key={r.name} {...r.target} fill={`url(#${hatch})`} stroke={series.target2023.color} />
      ))}
      <line x1={layout.zero} x2={layout.zero} y1={plot.bottom} y2={plot.top} stroke={ink.muted} />
      <PlotAxes
        plot={plot}
        ticks={ticks}
        rows={rows.map((r) => r.y)}
        tickSize={GROWTH.tickSize}
        fontSize={GROWTH.fontSize.tick}
      />
      {rows.map((r) => (
        <WrappedTick key={r.name} x={plot.left - GROWTH.tickSize - 2} y={r.y} payload={{ value: r.name }} />
      ))}
      {rows.map((r) => (
        <g key={r.name}>
          {[r.outcomeLabel, r.targetLabel].map((l) => (
            <text key={l.y} {...value} x={l.x} y={l.y}>
              {l.text}
            </text>
          ))}
        </g>
      ))}
    </ChartSvg>
  )
}
