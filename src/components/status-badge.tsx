import type { Status } from '@/monitoring/status'
import { zh } from '@/i18n/zh'

// The one status palette: every status is a label, an icon and a colour together, never colour alone.

export const statusOrder: readonly Status[] = [
  'ahead',
  'on_track',
  'behind',
  'done',
  'missed',
  'unreported',
  'no_data',
]

/** Text colours reach 4.5:1 on white and on their own tint */
export const statusPalette: Record<Status, { color: string; tint: string }> = {
  ahead: { color: '#0f766e', tint: '#f0fdfa' },
  on_track: { color: '#1d4ed8', tint: '#eff6ff' },
  behind: { color: '#b45309', tint: '#fffbeb' },
  done: { color: '#15803d', tint: '#f0fdf4' },
  missed: { color: '#b91c1c', tint: '#fef2f2' },
  unreported: { color: '#7e22ce', tint: '#faf5ff' },
  no_data: { color: '#475569', tint: '#f8fafc' },
}

// 12×12 strokes: up-arrows ahead, right-arrow on track, down-arrow behind, tick, cross, clock, dash.
const iconPaths: Record<Status, string> = {
  ahead: 'M2 7.5 6 3.5l4 4M2 11 6 7l4 4',
  on_track: 'M1.5 6h8M6.5 3l3 3-3 3',
  behind: 'M6 1.5v9M2.5 7 6 10.5 9.5 7',
  done: 'M1.5 6.5 4.5 9.5 10.5 2.5',
  missed: 'M2.5 2.5l7 7M9.5 2.5l-7 7',
  unreported: 'M6 1a5 5 0 1 0 0 10A5 5 0 1 0 6 1M6 3.5V6l2 1.5',
  no_data: 'M2.5 6h7',
}

export function StatusIcon({ status, className = 'size-3' }: { status: Status; className?: string }) {
  return (
    <svg
      viewBox="0 0 12 12"
      aria-hidden
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
    >
      <path d={iconPaths[status]} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

export function StatusBadge({ status, detail }: { status: Status; detail?: string }) {
  const { color, tint } = statusPalette[status]
  return (
    <span
      className="inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap"
      style={{ color, borderColor: color, background: tint }}
      title={detail}
      data-status={status}
    >
      <StatusIcon status={status} />
      {zh.status[status]}
    </span>
  )
}
