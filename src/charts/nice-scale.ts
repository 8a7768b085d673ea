/** 1, 2, 2.5, 5, 10 times a power of ten: 0, 5, 10 … rather than 0, 7, 14 */
export const ROUND_STEPS = [1, 2, 2.5, 5, 10]
/** Also 4 and 8: the growth chart keeps the 0, 8 … 32% axis recharts drew for the report's 0–30% */
export const FINER_STEPS = [1, 2, 2.5, 4, 5, 8, 10]

// Round axis ends and evenly spaced ticks (0, 5, 10 … rather than 0, 7, 14, 25.3), as a reader would draw them.
export function niceScale(
  lo: number,
  hi: number,
  target = 5,
  steps = ROUND_STEPS,
): { domain: [number, number]; ticks: number[] } {
  const span = hi - lo || Math.abs(hi) || 1
  const raw = span / target
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = (steps.find((m) => m * power >= raw) ?? 10) * power
  const start = Math.floor(lo / step) * step
  const end = Math.ceil(hi / step) * step
  const ticks: number[] = []
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6)
  return { domain: [start, end], ticks }
}
