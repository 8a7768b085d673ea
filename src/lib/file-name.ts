// File names that survive Windows, macOS and a zip: no reserved characters, no trailing dots, bounded length.

// Control characters (\p{Cc}) are invalid in Windows names and invisible everywhere else.
const RESERVED = /[\\/:*?"<>|\p{Cc}]/gu
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

/** One name part: reserved characters become nothing, spaces collapse, dots/spaces trimmed at both ends. */
export function safeNamePart(text: string, maxLength = 60): string {
  const cleaned = text.replace(RESERVED, '').replace(/\s+/g, ' ')
  const trimmed = Array.from(cleaned)
    .slice(0, maxLength)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  return WINDOWS_DEVICE.test(trimmed) ? `_${trimmed}` : trimmed
}

/** YYYY-MM-DD in local time: the day the official exported it. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** parts joined by _, empty parts dropped, e.g. 产业发展_地区生产总值_2023-06-30.png */
export function fileName(parts: string[], extension: string): string {
  const base =
    parts
      .map((p) => safeNamePart(p))
      .filter(Boolean)
      .join('_') || 'export'
  return `${base}.${extension}`
}
