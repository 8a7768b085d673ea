import type { LegendItem } from './chart-types'

// Okabe–Ito: eight colours that stay distinct under every common colour-vision deficiency.
export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const

export type SeriesKey = 'outcome2022' | 'target2023' | 'actual2023' | 'goalZone'

// Each series keeps one colour, one shape and one label in every chart; never colour by array position.
export const series: Record<SeriesKey, Required<LegendItem>> = {
  outcome2022: { label: '2022年完成', color: okabeIto.blue, shape: 'bar' },
  target2023: { label: '2023年目标', color: okabeIto.vermillion, shape: 'marker' },
  actual2023: { label: '2023年实际', color: okabeIto.bluishGreen, shape: 'bar' },
  goalZone: { label: '达标区间', color: okabeIto.skyBlue, shape: 'band' },
}

/** Neutral ink for axes and labels, dark enough for 4.5:1 on white */
export const ink = { text: '#1e293b', muted: '#475569', grid: '#e2e8f0' } as const

/**
 * The frame around every chart, on screen (ChartFrame) and in every exported image (figure-svg): one set of
 * colours and one font stack, so the file cannot drift from the screen. The colours are Tailwind's slate 900,
 * 700, 500 and 200; the font stack names the CJK fonts an SVG-as-image can use (it sees no web fonts).
 */
export const frameInk = { title: '#0f172a', text: '#334155', muted: '#64748b', rule: '#e2e8f0' } as const
export const FRAME_FONT_STACK = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif'
