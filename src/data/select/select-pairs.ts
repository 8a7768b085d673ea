import type { Indicator } from '@/data/dataset/schema'

// A 2023 target and the 2022 outcome that measures the same thing, linked by pairId from either side.
export type Pair = { target: Indicator; outcome: Indicator }

export function selectPairs(indicators: readonly Indicator[]): Pair[] {
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const pairs: Pair[] = []
  for (const target of indicators) {
    if (target.kind !== 'target' || target.year !== 2023) continue
    const linked = target.pairId ? byId.get(target.pairId) : undefined
    const outcome =
      linked && isOutcome2022(linked)
        ? linked
        : indicators.find((i) => isOutcome2022(i) && i.pairId === target.id)
    if (outcome) pairs.push({ target, outcome })
  }
  return pairs
}

const isOutcome2022 = (i: Indicator) => i.kind === 'outcome' && i.year === 2022

const percentMeasures = new Set<Indicator['measure']>(['growth_pct', 'share_pct'])

/** target − outcome in percentage points when both are rates in %, else null; rounded to 0.01 against float noise */
export function pointsDifference({ target, outcome }: Pair): number | null {
  if (target.measure !== outcome.measure || !percentMeasures.has(target.measure)) return null
  return Math.round((target.value - outcome.value) * 100) / 100
}

export type Headline = { target: Indicator; outcome?: Indicator; points: number | null }

/** The 主要预期目标 of 2023 in report order, each with its 2022 counterpart when paired */
export function selectHeadlines(indicators: readonly Indicator[]): Headline[] {
  const pairs = new Map(selectPairs(indicators).map((p) => [p.target.id, p]))
  return indicators
    .filter((i) => i.headline && i.kind === 'target' && i.year === 2023)
    .map((target) => {
      const pair = pairs.get(target.id)
      return { target, outcome: pair?.outcome, points: pair ? pointsDifference(pair) : null }
    })
}

/** Pairs whose both sides are growth rates: what the growth comparison chart draws */
export function selectGrowthPairs(pairs: readonly Pair[]): Pair[] {
  return pairs.filter((p) => p.target.measure === 'growth_pct' && p.outcome.measure === 'growth_pct')
}
