import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { zh } from '@/i18n/zh'
import { registerChart } from './chart-registry'
import type { ChartFrameProps, LegendItem } from './chart-types'
import { ExportMenu } from './export-menu'
import { frameStyle } from './frame-layout'
import { FRAME_FONT_STACK, frameInk } from './palette'
import { rowCellClass } from '@/components/ui/table'

// The same shapes the exported image draws, so the legend reads the same on screen and on paper.
const swatchClass: Record<NonNullable<LegendItem['shape']>, string> = {
  bar: 'inline-block h-2.5 w-3.5 rounded-sm',
  line: 'inline-block h-0.5 w-4',
  marker: 'mx-0.5 inline-block size-2.5 rotate-45 border border-slate-700',
  band: 'inline-block h-2.5 w-4 rounded-sm opacity-40',
  dot: 'mx-0.5 inline-block size-2.5 rounded-full',
  hollow: 'mx-0.5 inline-block size-2.5 rotate-45 border-2 bg-white',
}

// Every chart sits in one sandwich: title → controls → chart → footer with source; a table alternative below.
export function ChartFrame({ children, ...spec }: ChartFrameProps) {
  const { id, title, subtitle, footnote, table, legend } = spec
  const titleId = useId()
  const frame = useRef<HTMLElement>(null)
  const width = useContentWidth(frame)
  // Export-all and panel export find each chart's data through its frame element.
  useEffect(() => {
    if (frame.current) registerChart(frame.current, spec)
  })
  return (
    <figure
      ref={frame}
      id={id}
      aria-labelledby={titleId}
      data-chart-frame={id}
      // Off screen, the browser neither lays out nor paints the chart (content-visibility; screen only, print
      // draws all): showing eight panels or opening a modal then restyles only what is in view.
      style={{ ...frameStyle.figure, fontFamily: FRAME_FONT_STACK, borderColor: frameInk.rule }}
      className="flex min-w-0 flex-col rounded-lg border bg-white shadow-sm [contain-intrinsic-height:auto_300px] [@media_screen]:[content-visibility:auto]"
    >
      {/* On a phone a long export message moves the menu under the title rather than squeezing the title. */}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <figcaption className="min-w-40 flex-1">
          <h3 id={titleId} style={{ ...frameStyle.title, color: frameInk.title }}>
            {title}
          </h3>
          {subtitle && <p style={{ ...frameStyle.subtitle, color: frameInk.muted }}>{subtitle}</p>}
        </figcaption>
        <ExportMenu spec={spec} frame={frame} describedBy={titleId} />
      </div>
      {legend && legend.length > 0 && (
        <ul
          className="flex flex-wrap"
          style={{ ...frameStyle.legend, color: frameInk.text }}
          aria-label="图例"
        >
          {legend.map((item) => (
            <li key={item.label} className="flex items-center" style={frameStyle.legendItem}>
              <span
                aria-hidden
                className={swatchClass[item.shape ?? 'bar']}
                style={item.shape === 'hollow' ? { borderColor: item.color } : { background: item.color }}
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div role="img" aria-label={`${title}（图表，数据见下方数据表）`} data-chart-body>
        {width > 0 && children(width)}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">查看数据表</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-xs">
            <caption className="sr-only">{title}数据表</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col" className={`${rowCellClass} font-medium`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i} className="odd:bg-slate-50">
                  {table.columns.map((c) => (
                    <td key={c.key} className={rowCellClass}>
                      {row[c.key] ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <footer style={{ ...frameStyle.footer, color: frameInk.muted }}>
        {zh.credit}
        {footnote && ` · ${footnote}`}
      </footer>
    </figure>
  )
}

// The width a chart may use: the frame's content box, measured before the first paint and on every resize. The
// frame itself is measured because its contents may be skipped off screen (where a measurement reads 0), and a
// hidden panel's 0 is ignored, so hiding and showing a panel does not redraw its charts (recharts' own
// `responsive` redrew them twice).
function useContentWidth(ref: RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const frame = ref.current
    if (!frame) return
    const measured = (w: number) => {
      if (w > 0) setWidth(Math.floor(w))
    }
    const style = getComputedStyle(frame)
    measured(frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight))
    const observer = new ResizeObserver(([entry]) => {
      measured(entry?.contentRect.width ?? 0)
    })
    observer.observe(frame)
    return () => {
      observer.disconnect()
    }
  }, [ref])
  return width
}
