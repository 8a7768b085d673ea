import { selectPairs, type Pair } from './select-pairs'
import type { Indicator } from '@/data/dataset/schema'

// One table row per thing measured: a paired 2022 outcome and 2023 target share a row.
export type Row = { id: string; sector: string; name: string; outcome?: Indicator; target?: Indicator }

/** Rows with a 2023 target first (report order), then the 2022 outcomes that have no target */
export function selectRows(indicators: readonly Indicator[]): Row[] {
  const pairs = new Map(selectPairs(indicators).map((p) => [p.target.id, p.outcome]))
  const paired = new Set([...pairs.values()].map((o) => o.id))
  const targets = indicators
    .filter((i) => i.kind === 'target')
    .map((target): Row => {
      const outcome = pairs.get(target.id)
      return { id: target.id, sector: target.sector, name: target.name, target, ...(outcome && { outcome }) }
    })
  const outcomes = indicators
    .filter((i) => i.kind === 'outcome' && !paired.has(i.id))
    .map((outcome): Row => ({ id: outcome.id, sector: outcome.sector, name: outcome.name, outcome }))
  return [...targets, ...outcomes]
}

/** The row's pair when a chart can draw it: both years present and in the same unit */
export function chartablePair({ outcome, target }: Row): Pair | null {
  return outcome && target && outcome.unit === target.unit ? { outcome, target } : null
}
