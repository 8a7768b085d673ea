// @vitest-environment node
// The pairing helper suggests 2022 ↔ 2023 pairs by name and writes pairs symmetrically, never one-sided.
import { describe, expect, it } from 'vitest'
import raw from '../../data/qidong-2023.json'
import { applyPairs, dice, suggestPairs } from '../../data/suggest-pairs'

const indicator = (id: string, year: number, name: string, pairId?: string) => ({
  id,
  name,
  year,
  measure: 'count',
  unit: '家',
  written: '5',
  ...(pairId && { pairId }),
})

describe('applyPairs', () => {
  it('pairs both ways with the note, and unpairs the old partner so no pair is one-sided', () => {
    const dataset = {
      indicators: [
        indicator('a-2022', 2022, '甲'),
        indicator('b-2023', 2023, '乙', 'c-2022'),
        indicator('c-2022', 2022, '丙', 'b-2023'),
      ],
    }
    expect(applyPairs(dataset, '--apply', ['a-2022=b-2023=口径不同'])).toEqual([
      'paired a-2022 ↔ b-2023 (口径不同)',
    ])
    const [a, b, c] = dataset.indicators
    expect([a?.pairId, b?.pairId, c?.pairId]).toEqual(['b-2023', 'a-2022', undefined])
    expect(applyPairs(dataset, '--unpair', ['b-2023'])).toEqual(['unpaired b-2023'])
    expect(dataset.indicators.every((i) => i.pairId === undefined)).toBe(true)
  })

  it('refuses an unknown id and two indicators of the same year', () => {
    const dataset = { indicators: [indicator('a', 2022, '甲'), indicator('b', 2022, '乙')] }
    expect(() => applyPairs(dataset, '--apply', ['a=zzz'])).toThrow('unknown id zzz')
    expect(() => applyPairs(dataset, '--apply', ['a=b'])).toThrow('both 2022')
  })
})

it('scores names by shared character pairs', () => {
  expect(dice('城镇就业', '城镇就业')).toBe(1)
  expect(dice('城镇就业', '粮食产量')).toBe(0)
})

it('suggests, for the real dataset, the 2022 outcome each paired 2023 target is paired with', () => {
  const suggestions = suggestPairs(raw)
  const jobs = suggestions.find((s) => s.target.id === 'new-large-industrial-firms-2023')
  expect(jobs?.candidates[0]?.outcome.id).toBe('new-above-scale-enterprises-2022')
})
