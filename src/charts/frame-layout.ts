// The chart frame's one layout model: type sizes, line height and spacing that the screen (ChartFrame) and every
// exported image (figure-svg) both read, so a file cannot drift from the screen. Colours: palette.ts frameInk.

export const frameLayout = {
  /** Padding inside the frame on screen; the file's margin is twice it, as no border frames a file */
  pad: 12,
  /** Between title block, legend, chart and footer */
  gap: 8,
  lineHeight: 1.45,
  title: { size: 16, weight: 600 },
  subtitle: { size: 12 },
  legend: { size: 12, swatch: 16, swatchGap: 4, itemGap: 16, rowGap: 4 },
  footer: { size: 12 },
} as const

/** Line height in px for a font size, rounded as the export places lines */
export const lineOf = (size: number) => Math.round(size * frameLayout.lineHeight)

const { title, subtitle, legend, footer, gap, pad } = frameLayout

/** The same model as React style objects for the on-screen frame */
export const frameStyle = {
  figure: { padding: pad, gap },
  title: { fontSize: title.size, fontWeight: title.weight, lineHeight: `${lineOf(title.size)}px` },
  subtitle: { fontSize: subtitle.size, lineHeight: `${lineOf(subtitle.size)}px` },
  legend: {
    fontSize: legend.size,
    lineHeight: `${lineOf(legend.size)}px`,
    columnGap: legend.itemGap,
    rowGap: legend.rowGap,
  },
  legendItem: { gap: legend.swatchGap },
  footer: { fontSize: footer.size, lineHeight: `${lineOf(footer.size)}px` },
} as const
