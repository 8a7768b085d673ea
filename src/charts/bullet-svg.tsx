import { useId } from 'react'
import type { BulletLayout } from './bullet-layout'
import { BULLET } from './bullet-layout'
import { ink, series } from './palette'
import { ChartSvg, Diamond, haloText, Hatch, PlotAxes, svgId } from './svg-parts'

// The bullet chart as plain SVG with every colour, size and font written on the element: no chart library, no
// CSS, so the exported file (a copy of this SVG) is exactly what the screen shows.

export function BulletSvg({ layout }: { layout: BulletLayout }) {
  const zoneFill = svgId(useId(), 'zone')
  const { plot, width, height } = layout
  const clip = svgId(useId(), 'plot')
  return (
    <ChartSvg width={width} height={height} data-bullet-svg>
      <defs>
        <Hatch id={zoneFill} color={series.goalZone.color} background="#eef7fd" />
        <clipPath id={clip}>
          <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} />
        </clipPath>
      </defs>
      {layout.ticks.map((t) => (
        <line key={t.x} x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} stroke={ink.grid} />
      ))}
      {layout.zone && (
        <rect
          {...layout.zone}
          clipPath={`url(#${clip})`}
          fill={`url(#${zoneFill})`}
          fillOpacity={0.6}
          stroke={series.goalZone.color}
        />
      )}
      <PlotAxes
        plot={plot}
        ticks={layout.ticks}
        rows={layout.rows.map((r) => r.y)}
        tickSize={BULLET.tickSize}
        fontSize={BULLET.fontSize.tick}
      />
      {layout.rows.map((r) => (
        <text
          key={r.label}
          x={plot.left - BULLET.tickSize - 2}
          y={r.y}
          dy="0.355em"
          textAnchor="end"
          fontSize={BULLET.fontSize.row}
          fill={ink.text}
        >
          {r.label}
        </text>
      ))}
      <rect {...layout.outcome} fill={series.outcome2022.color} />
      <text {...haloText} x={layout.outcomeLabel.x} y={layout.outcomeLabel.y} dy="0.35em">
        {layout.outcomeLabel.text}
      </text>
      {layout.actual && <rect {...layout.actual} fill={series.actual2023.color} />}
      <Diamond cx={layout.marker.x} cy={layout.marker.y} color={series.target2023.color} />
      {layout.actualLabel && (
        <text {...haloText} x={layout.actualLabel.x} y={layout.actualLabel.y} dy="0.35em">
          {layout.actualLabel.text}
        </text>
      )}
      <text {...haloText} x={layout.markerLabel.x} y={layout.markerLabel.y} textAnchor="middle">
        {layout.markerLabel.text}
      </text>
    </ChartSvg>
  )
}
