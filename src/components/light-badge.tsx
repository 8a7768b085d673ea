import { LIGHT_LABELS, type Light } from '@/monitoring/warning'

// 预警 lights: each a word and a shape of its own (■ red, ▲ yellow, ◆ blue, ● green), so print and colour-blind eyes read it.

export const lightPalette: Record<Light, { color: string; tint: string }> = {
  red: { color: '#b91c1c', tint: '#fef2f2' },
  yellow: { color: '#a16207', tint: '#fefce8' },
  blue: { color: '#1d4ed8', tint: '#eff6ff' },
  green: { color: '#15803d', tint: '#f0fdf4' },
}

const shapes: Record<Light, string> = {
  red: 'M1.5 1.5h9v9h-9z',
  yellow: 'M6 1 11 10.5H1z',
  blue: 'M6 .8 11.2 6 6 11.2.8 6z',
  green: 'M6 1a5 5 0 1 0 0 10A5 5 0 1 0 6 1',
}

export function LightIcon({ light, className = 'size-3' }: { light: Light; className?: string }) {
  return (
    <svg viewBox="0 0 12 12" aria-hidden className={className} fill="currentColor">
      <path d={shapes[light]} />
    </svg>
  )
}

/** 预警：黄灯, with the reasons as its description */
export function LightBadge({ light, reasons = [] }: { light: Light; reasons?: readonly string[] }) {
  const { color, tint } = lightPalette[light]
  return (
    <span
      className="inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs leading-normal font-medium whitespace-nowrap print:border-black print:text-black"
      style={{ color, borderColor: color, background: tint }}
      title={reasons.join('；') || undefined}
      data-light={light}
    >
      <LightIcon light={light} />
      {`预警：${LIGHT_LABELS[light]}`}
    </span>
  )
}
